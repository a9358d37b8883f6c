//! `--shard K/N`: a deterministic subset of a batch, so N workers (processes, pods) split
//! one input without talking to each other. A record belongs to shard
//! `hash(key) mod N`, where the key is the record's id (or, for a line without a usable
//! id, its line number), and the hash is the first 8 bytes of SHA-256: the same on every
//! machine, in every run and every helder version.

use sha2::{Digest, Sha256};

/// Shard `index` of `count` (0-based, as Kubernetes' `JOB_COMPLETION_INDEX`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: u64,
    pub count: u64,
}

impl Shard {
    /// The whole batch.
    pub const ALL: Shard = Shard { index: 0, count: 1 };

    /// Whether the record with this key is in this shard.
    pub fn holds(self, key: &str) -> bool {
        shard_of(key, self.count) == self.index
    }

    /// `manifest.jsonl`, or `manifest.shard-K-of-N.jsonl` for one shard of several.
    pub fn file_name(self, stem: &str, extension: &str) -> String {
        if self.count == 1 {
            format!("{stem}.{extension}")
        } else {
            format!("{stem}.shard-{}-of-{}.{extension}", self.index, self.count)
        }
    }
}

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl std::str::FromStr for Shard {
    type Err = String;

    /// `K/N` with 0 ≤ K < N, e.g. `0/4` … `3/4`.
    fn from_str(s: &str) -> Result<Shard, String> {
        let expected = "expected K/N with 0 <= K < N, such as 0/4 (the first of four shards)";
        let (k, n) = s
            .split_once('/')
            .ok_or_else(|| format!("{expected}, got `{s}`"))?;
        let parse = |t: &str| {
            t.trim()
                .parse::<u64>()
                .map_err(|_| format!("{expected}, got `{s}`"))
        };
        let (index, count) = (parse(k)?, parse(n)?);
        if count == 0 || index >= count {
            return Err(format!("{expected}, got `{s}`"));
        }
        Ok(Shard { index, count })
    }
}

/// The shard (0..count) of `key`.
pub fn shard_of(key: &str, count: u64) -> u64 {
    let digest = Sha256::digest(key.as_bytes());
    let mut first = [0u8; 8];
    first.copy_from_slice(&digest[..8]);
    u64::from_be_bytes(first) % count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_k_of_n_and_refuses_the_impossible() {
        assert_eq!("2/4".parse::<Shard>(), Ok(Shard { index: 2, count: 4 }));
        for bad in ["4/4", "1/0", "x/2", "3", "-1/2", ""] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }

    #[test]
    fn every_key_is_in_exactly_one_shard() {
        for n in 1..6u64 {
            for i in 0..200 {
                let key = format!("case-{i}");
                let holders = (0..n)
                    .filter(|&k| Shard { index: k, count: n }.holds(&key))
                    .count();
                assert_eq!(holders, 1, "{key} in {n} shards");
            }
        }
    }

    #[test]
    fn the_hash_is_stable() {
        // Fixed values: a change here would move records between shards of a running batch.
        assert_eq!(shard_of("case-1", 1000), shard_of("case-1", 1000));
        let digest = Sha256::digest(b"abc");
        assert_eq!(
            u64::from_be_bytes(digest[..8].try_into().unwrap()),
            0xba7816bf8f01cfea
        );
    }

    #[test]
    fn shards_are_roughly_even() {
        let counts: Vec<usize> = (0..4u64)
            .map(|k| {
                (0..4000)
                    .filter(|i| Shard { index: k, count: 4 }.holds(&format!("r{i}")))
                    .count()
            })
            .collect();
        assert!(
            counts.iter().all(|&c| (800..1200).contains(&c)),
            "{counts:?}"
        );
    }
}
