//! `jixiao template`: the fill-in workbook has a header per field in Chinese with its unit,
//! identity columns, and data validation on the numbers.

mod common;
use common::*;
use std::io::Read;

fn unzip(path: &std::path::Path, name: &str) -> String {
    let mut z = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut s = String::new();
    z.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

#[test]
fn template_has_chinese_headers_and_validation() {
    let w = Workdir::new();
    let p = w.path("填报模板.xlsx");
    let o = w.run(&["template", "-o", p.to_str().unwrap(), "--rows", "50"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let strings = unzip(&p, "xl/sharedStrings.xml");
    for s in ["单位", "年度", "预算数（万元）", "复吸率（%）", "在册吸毒人员", "不要填0"] {
        assert!(strings.contains(s), "no {s}");
    }
    let sheet = unzip(&p, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains("<dataValidations"));
    // money ≥ 0 as decimals, counts as whole numbers, the kind from a list
    assert!(sheet.contains("type=\"decimal\"") && sheet.contains("type=\"whole\"") && sheet.contains("type=\"list\""));
    assert!(sheet.contains("sqref=\"G2:G51\""), "validation should cover the 50 rows");
}
