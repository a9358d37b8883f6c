//! The print file of a batch (`--print-pdf`): the PDFs of every good letter, in manifest
//! order, as one PDF for a duplex print run, and its page index for the print house.
//!
//! Each letter starts on the front of a sheet: a letter with an odd number of pages gets
//! a blank back page. The letters are copied in one at a time — read with lopdf, their
//! pages and what the pages use (fonts, images, links) renumbered and written out object
//! by object — so memory does not grow with the batch; only each object's offset (for
//! the cross-reference table) and one page-tree entry per letter are kept. The letters'
//! own catalogues (tags, XMP, outline) stay in the letters' files: the print file is for
//! the press, the archive copy and the accessible copy are the letter's own PDF.

use std::collections::{HashMap, VecDeque};
use std::io::{self, Write};

use lopdf::{Dictionary, Document, Object, ObjectId, Writer};

/// The keys a page may inherit from the page tree; a copied page gets them itself.
const INHERITED: [&[u8]; 4] = [b"Resources", b"MediaBox", b"CropBox", b"Rotate"];
/// A4 in points, for a blank page after a letter whose last page has no size (never
/// from typst, which sizes every page).
const A4: [f32; 4] = [0.0, 0.0, 595.28, 841.89];

/// Where one letter is in the print file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    /// 1-based page of the print file the letter starts on (always odd).
    pub first_page: u32,
    /// The letter's own pages.
    pub pages: u32,
    /// Sheets of paper, printed on both sides (a blank back page included).
    pub sheets: u32,
}

/// A print file being written.
pub struct PrintFile<W: Write> {
    out: Counting<W>,
    /// Byte offset of each object, by object number less one.
    offsets: Vec<u64>,
    /// The page-tree node of each letter.
    letters: Vec<u32>,
    pages: u32,
}

/// The catalogue and the root of the page tree; the letters' objects follow.
const CATALOG: u32 = 1;
const ROOT: u32 = 2;

impl<W: Write> PrintFile<W> {
    pub fn new(out: W) -> io::Result<PrintFile<W>> {
        let mut file = PrintFile {
            out: Counting { inner: out, at: 0 },
            offsets: vec![0, 0],
            letters: Vec::new(),
            pages: 0,
        };
        // The binary comment tells transfer programs the file is not text.
        file.out.write_all(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n")?;
        let mut catalog = Dictionary::new();
        catalog.set("Type", Object::Name(b"Catalog".to_vec()));
        catalog.set("Pages", Object::Reference((ROOT, 0)));
        file.write_object(CATALOG, &Object::Dictionary(catalog))?;
        Ok(file)
    }

    /// Appends one letter's PDF; `Err` says why it cannot be read.
    pub fn add(&mut self, pdf: &[u8]) -> Result<Placed, String> {
        let doc = Document::load_mem(pdf).map_err(|e| format!("not a readable PDF: {e}"))?;
        let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
        if pages.is_empty() {
            return Err("the PDF has no pages".into());
        }
        let node = self.next_id();
        let numbers = self.number(&doc, &pages);
        let page_ids: Vec<u32> = pages.iter().map(|p| numbers[p]).collect();
        let mut last_box = None;
        // Objects in the order they were numbered, so the file reads front to back.
        let mut order: Vec<(&ObjectId, &u32)> = numbers.iter().collect();
        order.sort_unstable_by_key(|(_, new)| **new);
        for (old, new) in order {
            // Only objects that exist are numbered; `null` keeps the table whole anyway.
            let mut object = doc
                .get_object(*old)
                .map_or(Object::Null, |o| renumber(o, &numbers));
            if pages.contains(old) {
                let Object::Dictionary(page) = &mut object else {
                    return Err(format!("page object {} is not a dictionary", old.0));
                };
                inherit(&doc, *old, page, &numbers);
                page.set("Parent", Object::Reference((node, 0)));
                // The letters' structure trees are not copied.
                page.remove(b"StructParents");
                last_box = page.get(b"MediaBox").ok().cloned();
            } else if let Object::Dictionary(d) = &mut object {
                d.remove(b"StructParent");
            }
            if let Object::Stream(stream) = &mut object {
                // The length as written, whatever the letter's file said.
                let length = stream.content.len() as i64;
                stream.dict.set("Length", Object::Integer(length));
            }
            self.write_object(*new, &object)
                .map_err(|e| e.to_string())?;
        }
        let mut kids: Vec<Object> = page_ids
            .iter()
            .map(|id| Object::Reference((*id, 0)))
            .collect();
        let own = pages.len() as u32;
        if own % 2 == 1 {
            let blank = self.next_id();
            let mut page = Dictionary::new();
            page.set("Type", Object::Name(b"Page".to_vec()));
            page.set("Parent", Object::Reference((node, 0)));
            page.set(
                "MediaBox",
                last_box.unwrap_or_else(|| {
                    Object::Array(A4.iter().map(|v| Object::Real(*v)).collect())
                }),
            );
            page.set("Resources", Object::Dictionary(Dictionary::new()));
            self.write_object(blank, &Object::Dictionary(page))
                .map_err(|e| e.to_string())?;
            kids.push(Object::Reference((blank, 0)));
        }
        let count = kids.len() as u32;
        let mut tree = Dictionary::new();
        tree.set("Type", Object::Name(b"Pages".to_vec()));
        tree.set("Parent", Object::Reference((ROOT, 0)));
        tree.set("Count", Object::Integer(count.into()));
        tree.set("Kids", Object::Array(kids));
        self.write_object(node, &Object::Dictionary(tree))
            .map_err(|e| e.to_string())?;
        self.letters.push(node);
        let placed = Placed {
            first_page: self.pages + 1,
            pages: own,
            sheets: count / 2,
        };
        self.pages += count;
        Ok(placed)
    }

    /// Writes the page tree's root and the cross-reference table; returns the writer.
    pub fn finish(mut self) -> io::Result<W> {
        let mut root = Dictionary::new();
        root.set("Type", Object::Name(b"Pages".to_vec()));
        root.set("Count", Object::Integer(self.pages.into()));
        root.set(
            "Kids",
            Object::Array(
                self.letters
                    .iter()
                    .map(|id| Object::Reference((*id, 0)))
                    .collect(),
            ),
        );
        self.write_object(ROOT, &Object::Dictionary(root))?;
        let xref = self.out.at;
        let size = self.offsets.len() + 1;
        let out = &mut self.out;
        write!(out, "xref\n0 {size}\n0000000000 65535 f\r\n")?;
        for offset in &self.offsets {
            write!(out, "{offset:010} 00000 n\r\n")?;
        }
        write!(
            out,
            "trailer\n<< /Size {size} /Root {CATALOG} 0 R >>\nstartxref\n{xref}\n%%EOF\n"
        )?;
        out.inner.flush()?;
        Ok(self.out.inner)
    }

    /// Pages of the print file so far, blank ones included.
    pub fn pages(&self) -> u32 {
        self.pages
    }

    fn next_id(&mut self) -> u32 {
        self.offsets.push(0);
        self.offsets.len() as u32
    }

    /// New numbers for the pages and everything they refer to, breadth first. A page's
    /// parent is left behind (the letter's page tree is replaced), and so is anything
    /// that leads to the letter's catalogue or page tree.
    fn number(&mut self, doc: &Document, pages: &[ObjectId]) -> HashMap<ObjectId, u32> {
        let mut numbers = HashMap::new();
        let mut queue: VecDeque<ObjectId> = pages.iter().copied().collect();
        for page in pages {
            numbers.insert(*page, self.next_id());
        }
        while let Some(id) = queue.pop_front() {
            let Ok(object) = doc.get_object(id) else {
                continue;
            };
            let is_page = pages.contains(&id);
            let mut refs = Vec::new();
            references(object, is_page, &mut refs);
            if is_page {
                // Inherited resources are reached through the tree, which is not copied.
                for key in INHERITED {
                    if let Some(value) = inherited(doc, id, key) {
                        references(value, false, &mut refs);
                    }
                }
            }
            for r in refs {
                if numbers.contains_key(&r) || !copied(doc, r) {
                    continue;
                }
                numbers.insert(r, self.next_id());
                queue.push_back(r);
            }
        }
        numbers
    }

    fn write_object(&mut self, id: u32, object: &Object) -> io::Result<()> {
        self.offsets[id as usize - 1] = self.out.at;
        let before = if Writer::need_separator(object) {
            " "
        } else {
            ""
        };
        write!(self.out, "{id} 0 obj\n{before}")?;
        Writer::write_object(&mut self.out, object).map_err(io::Error::other)?;
        let after = if Writer::need_end_separator(object) {
            " "
        } else {
            ""
        };
        write!(self.out, "{after}\nendobj\n")
    }
}

/// Whether an object goes into the print file: not a letter's catalogue or page tree.
fn copied(doc: &Document, id: ObjectId) -> bool {
    let Ok(object) = doc.get_object(id) else {
        return false;
    };
    let kind = match object {
        Object::Dictionary(d) => d.get(b"Type").ok(),
        _ => None,
    };
    !matches!(kind, Some(Object::Name(n)) if n == b"Catalog" || n == b"Pages")
}

/// The references in `object`; a page's `Parent` is not followed.
fn references(object: &Object, is_page: bool, out: &mut Vec<ObjectId>) {
    match object {
        Object::Reference(id) => out.push(*id),
        Object::Array(items) => items.iter().for_each(|o| references(o, false, out)),
        Object::Dictionary(d) => dictionary_references(d, is_page, out),
        Object::Stream(s) => dictionary_references(&s.dict, false, out),
        _ => {}
    }
}

fn dictionary_references(d: &Dictionary, is_page: bool, out: &mut Vec<ObjectId>) {
    for (key, value) in d.iter() {
        if is_page && key == b"Parent" {
            continue;
        }
        references(value, false, out);
    }
}

/// `key` of a page, from the page or the nearest node above it that has it.
fn inherited<'a>(doc: &'a Document, page: ObjectId, key: &[u8]) -> Option<&'a Object> {
    let mut node = doc.get_dictionary(page).ok()?;
    // A page tree is shallow; the bound guards against a loop in a broken file.
    for _ in 0..64 {
        if let Ok(value) = node.get(key) {
            return Some(value);
        }
        let parent = node.get(b"Parent").ok()?.as_reference().ok()?;
        node = doc.get_dictionary(parent).ok()?;
    }
    None
}

/// Gives a copied page what it inherited from the letter's page tree.
fn inherit(doc: &Document, id: ObjectId, page: &mut Dictionary, numbers: &HashMap<ObjectId, u32>) {
    for key in INHERITED {
        if !page.has(key)
            && let Some(value) = inherited(doc, id, key)
        {
            page.set(key.to_vec(), renumber(value, numbers));
        }
    }
}

/// A copy of `object` with its references renumbered; one to an object not copied
/// becomes `null`.
fn renumber(object: &Object, numbers: &HashMap<ObjectId, u32>) -> Object {
    match object {
        Object::Reference(id) => match numbers.get(id) {
            Some(new) => Object::Reference((*new, 0)),
            None => Object::Null,
        },
        Object::Array(items) => Object::Array(items.iter().map(|o| renumber(o, numbers)).collect()),
        Object::Dictionary(d) => Object::Dictionary(renumber_dictionary(d, numbers)),
        Object::Stream(s) => {
            let mut s = s.clone();
            s.dict = renumber_dictionary(&s.dict, numbers);
            Object::Stream(s)
        }
        other => other.clone(),
    }
}

fn renumber_dictionary(d: &Dictionary, numbers: &HashMap<ObjectId, u32>) -> Dictionary {
    let mut out = Dictionary::new();
    for (key, value) in d.iter() {
        out.set(key.clone(), renumber(value, numbers));
    }
    out
}

/// A writer that knows how many bytes went through it.
struct Counting<W: Write> {
    inner: W,
    at: u64,
}

impl<W: Write> Write for Counting<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.at += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::dictionary;

    /// A PDF of `n` pages whose page k shows `label k`, made with lopdf.
    fn letter(label: &str, n: usize) -> Vec<u8> {
        use lopdf::content::{Content, Operation};
        let mut doc = Document::with_version("1.7");
        let pages_id = doc.new_object_id();
        let font = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        });
        let resources = doc.add_object(dictionary! {
            "Font" => dictionary! { "F1" => font },
        });
        let mut kids = Vec::new();
        for k in 1..=n {
            let content = Content {
                operations: vec![
                    Operation::new("BT", vec![]),
                    Operation::new("Tf", vec!["F1".into(), 12.into()]),
                    Operation::new("Td", vec![72.into(), 720.into()]),
                    Operation::new("Tj", vec![Object::string_literal(format!("{label} {k}"))]),
                    Operation::new("ET", vec![]),
                ],
            };
            let stream = doc.add_object(lopdf::Stream::new(
                Dictionary::new(),
                content.encode().unwrap(),
            ));
            kids.push(Object::Reference(doc.add_object(dictionary! {
                "Type" => "Page", "Parent" => pages_id, "Contents" => stream,
            })));
        }
        // Resources and the page size inherited from the tree, as a PDF may have them.
        doc.objects.insert(
            pages_id,
            Object::Dictionary(dictionary! {
                "Type" => "Pages", "Kids" => kids, "Count" => n as i64,
                "Resources" => resources,
                "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            }),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
        doc.trailer.set("Root", catalog);
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).unwrap();
        bytes
    }

    fn page_text(doc: &Document, page: u32) -> String {
        doc.extract_text(&[page]).unwrap_or_default()
    }

    #[test]
    fn letters_start_on_odd_pages_and_keep_their_pages() {
        let mut print = PrintFile::new(Vec::new()).unwrap();
        let counts = [3usize, 2, 1, 4];
        let mut placed = Vec::new();
        for (i, n) in counts.iter().enumerate() {
            placed.push(print.add(&letter(&format!("L{i}"), *n)).unwrap());
        }
        let bytes = print.finish().unwrap();
        let doc = Document::load_mem(&bytes).unwrap();
        let pages = doc.get_pages();
        let expected: u32 = placed.iter().map(|p| p.sheets * 2).sum();
        assert_eq!(pages.len() as u32, expected);
        for (i, (p, n)) in placed.iter().zip(counts).enumerate() {
            assert_eq!(p.first_page % 2, 1, "{p:?}");
            assert_eq!(p.pages as usize, n);
            assert_eq!(p.sheets as usize, n.div_ceil(2));
            for k in 0..p.pages {
                let text = page_text(&doc, p.first_page + k);
                assert!(
                    text.contains(&format!("L{i} {}", k + 1)),
                    "{i} {k}: {text:?}"
                );
            }
            if n % 2 == 1 {
                let blank = p.first_page + p.pages;
                assert!(page_text(&doc, blank).trim().is_empty());
            }
        }
        // Every page has its own size and resources (the letters' trees are gone).
        for id in pages.values() {
            let page = doc.get_dictionary(*id).unwrap();
            assert!(page.has(b"MediaBox") && page.has(b"Resources"));
        }
    }

    #[test]
    fn a_file_that_is_no_pdf_is_refused() {
        let mut print = PrintFile::new(Vec::new()).unwrap();
        assert!(print.add(b"%PDF-1.7 not really").is_err());
        assert!(print.add(&letter("ok", 1)).is_ok());
        assert_eq!(print.pages(), 2);
    }
}
