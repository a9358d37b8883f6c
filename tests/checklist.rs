use std::path::Path;
use helder::checklist::{Case, Catalog, merge};
use time::macros::date;

#[test]
fn dump() {
    let cat = Catalog::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("schemes")).unwrap();
    let src = std::fs::read_to_string("examples/cases/el-amrani.json").unwrap();
    let case = Case::from_json("el-amrani.json", &src).unwrap();
    let c = merge(&cat, &case, date!(2026 - 11 - 22)).unwrap();
    println!("{}", c.to_json());
}
