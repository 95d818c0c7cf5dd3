//! The gazetteer's rows: `data/regions.csv` (GB/T 2260 code, county-level division, its city and
//! province), compiled in and parsed once a process into rows borrowing the compiled text. A
//! leaf: it imports nothing of the crate. `regions` builds its name search over these rows and
//! `text` looks up the full name opening a clause in them; neither parses the file again.

use once_cell::sync::Lazy;

/// One county-level division as the gazetteer lists it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Division {
    pub code: &'static str,
    pub county: &'static str,
    pub city: &'static str,
    pub province: &'static str,
}

const REGIONS_CSV: &str = include_str!("../../data/regions.csv");

/// Every division, in the file's order (the header skipped; a line without four fields is no row).
pub static DIVISIONS: Lazy<Vec<Division>> = Lazy::new(|| parse(REGIONS_CSV));

fn parse(csv: &'static str) -> Vec<Division> {
    csv.lines()
        .skip(1)
        .filter_map(|l| {
            let mut f = l.trim_end_matches('\r').split(',');
            Some(Division { code: f.next()?, county: f.next()?, city: f.next()?, province: f.next()? })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_file_is_a_row() {
        let lines = REGIONS_CSV.lines().skip(1).filter(|l| !l.trim().is_empty()).count();
        assert_eq!(DIVISIONS.len(), lines);
    }

    #[test]
    fn a_row_keeps_its_four_fields() {
        let d = DIVISIONS.iter().find(|d| d.code == "430702").unwrap();
        assert_eq!((d.county, d.city, d.province), ("武陵区", "常德市", "湖南省"));
    }

    #[test]
    fn a_short_line_is_no_row() {
        assert_eq!(parse("code,county,city,province\n1,甲县\n2,乙县,丙市,丁省\n").len(), 1);
    }
}
