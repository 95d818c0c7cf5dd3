//! The towns and subdistricts (镇, 乡, 街道, 苏木) of every county, compiled in (`towns.txt`:
//! 国家统计局's 2023 division codes, the same as `data/regions.csv`'s counties), and the county
//! a text names only by its towns: a town's own summary (哑柏镇2023年禁毒工作总结), a
//! subdistrict's office (熟溪街道禁毒办, 民权办事处), a county's text that calls itself 全县 and names its
//! towns but never its county. Hands `segment` a `Region` of the gazetteer, or none when the
//! towns named are of several counties or their names are shared too widely to tell.

use super::regions::{Gazetteer, Region};
use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashMap;

const TOWNS_TXT: &str = include_str!("towns.txt");

/// A town's name is shared by this many counties at most to count at all (城关镇 names 88).
const MAX_SHARED: usize = 8;

struct Towns {
    search: AhoCorasick,
    /// for each town name searched, the gazetteer's regions (indices) that have a town of it
    counties: Vec<Vec<u32>>,
}

fn towns(g: &Gazetteer) -> &'static Towns {
    static TOWNS: once_cell::sync::OnceCell<Towns> = once_cell::sync::OnceCell::new();
    TOWNS.get_or_init(|| {
        let index: HashMap<&str, u32> =
            g.regions.iter().enumerate().map(|(i, r)| (r.code.as_str(), i as u32)).collect();
        let mut names: Vec<String> = Vec::new();
        let mut counties: Vec<Vec<u32>> = Vec::new();
        let mut of_name: HashMap<String, usize> = HashMap::new();
        for line in TOWNS_TXT.lines().filter(|l| !l.starts_with('#')) {
            let mut words = line.split(' ');
            let Some(&region) = words.next().and_then(|code| index.get(code)) else { continue };
            // (a subdistrict is named by its short form too, 钟村街 for 钟村街道, as 广州's are, and
            // by its office without 街道, 民权办事处 for 民权街道, as 河南's and 湖南's call
            // themselves: the longest name found wins where the full one stands)
            let forms = |name: &str| -> [Option<String>; 3] {
                let stem = name.strip_suffix("街道");
                [Some(name.to_string()), stem.map(|s| format!("{s}街")), stem.map(|s| format!("{s}办事处"))]
            };
            for name in words.flat_map(forms).flatten() {
                let k = match of_name.get(&name) {
                    Some(&k) => k,
                    None => {
                        names.push(name.clone());
                        counties.push(Vec::new());
                        of_name.insert(name, names.len() - 1);
                        names.len() - 1
                    }
                };
                if !counties[k].contains(&region) {
                    counties[k].push(region);
                }
            }
        }
        let search = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&names)
            .expect("town names build a searcher");
        Towns { search, counties }
    })
}

/// Might `text` name a town at all? (a cheap test before the search)
fn may_name_town(text: &str) -> bool {
    text.contains('镇')
        || text.contains('乡')
        || text.contains('街')
        || text.contains("苏木")
        || text.contains("办事处")
}

/// The county whose towns `text` names, among the regions `fits` accepts (the city or province
/// the text names): each town named counts for its county, shared names split among theirs
/// (韩集镇 of five counties counts a fifth for each); the county counting at least one whole
/// town and twice any other's is the text's. A town name going on as another word (新城镇化,
/// 某乡村振兴) is none.
pub fn county_of_towns<'g>(g: &'g Gazetteer, text: &str, fits: impl Fn(&Region) -> bool) -> Option<&'g Region> {
    if !may_name_town(text) {
        return None;
    }
    let t = towns(g);
    let mut seen: Vec<usize> = Vec::new();
    let mut score: HashMap<u32, f64> = HashMap::new();
    for m in t.search.find_iter(text) {
        let k = m.pattern().as_usize();
        if seen.contains(&k) || text[m.end()..].starts_with(['化', '村']) {
            continue;
        }
        seen.push(k);
        let cands: Vec<u32> = t.counties[k].iter().copied().filter(|&i| fits(&g.regions[i as usize])).collect();
        if cands.is_empty() || cands.len() > MAX_SHARED {
            continue;
        }
        for &c in &cands {
            *score.entry(c).or_default() += 1.0 / cands.len() as f64;
        }
    }
    let mut ranked: Vec<(u32, f64)> = score.into_iter().collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let (best, s) = *ranked.first()?;
    let second = ranked.get(1).map_or(0.0, |r| r.1);
    (s >= 0.999 && s >= 2.0 * second).then(|| &g.regions[best as usize])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn county(text: &str) -> Option<String> {
        let g = Gazetteer::global();
        county_of_towns(g, text, |_| true).map(|r| format!("{}/{}/{}", r.county, r.city, r.province))
    }

    #[test]
    fn a_town_named_once_only_its_county_has() {
        assert_eq!(county("哑柏镇2023年禁毒工作总结").as_deref(), Some("周至县/西安市/陕西省"));
        assert_eq!(county("熟溪街道禁毒办").as_deref(), Some("武义县/金华市/浙江省"));
    }

    #[test]
    fn towns_of_one_county_tell_it_among_shared_names() {
        // 韩集镇 is a town of five counties; with 陶辛镇 and 凤都镇 of two others, none wins
        assert_eq!(county("韩集镇、陶辛镇、凤都镇分别建成禁毒宣传阵地"), None);
        // 城关镇 of 88 counties tells none
        assert_eq!(county("城关镇禁毒工作总结"), None);
    }

    #[test]
    fn a_shared_name_is_told_by_the_city_the_text_names() {
        let g = Gazetteer::global();
        let r = county_of_towns(g, "韩集镇禁毒办", |r| r.city == "沧州市").map(|r| r.county.as_str());
        assert_eq!(r, Some("盐山县"));
        assert_eq!(county("韩集镇禁毒办"), None);
    }

    #[test]
    fn a_town_name_going_on_as_another_word_is_none() {
        // (a town's name followed by 化 or 村 goes on as another word: 城镇化, 乡村振兴)
        assert_eq!(county("推进王宅镇化建设"), None);
        assert_eq!(county("白姆乡村振兴示范带"), None);
        assert_eq!(county("白姆乡禁毒工作"), Some("武义县/金华市/浙江省".to_string()));
    }

    #[test]
    fn most_towns_of_one_county_win_over_a_neighbour_named_once() {
        // 王宅镇, 茭道镇 and 白姆乡 of 武义县; 坎墩街道 of 慈溪市, where a woman of the county works
        let t = "王宅镇、茭道镇、白姆乡各建成禁毒宣传阵地，在坎墩街道务工的本县人员也纳入管控";
        assert_eq!(county(t).as_deref(), Some("武义县/金华市/浙江省"));
        // (one town each of three counties: none)
        assert_eq!(county("哑柏镇、熟溪街道、坎墩街道"), None);
    }

    /// A subdistrict named by its short form (钟村街 for 钟村街道, as 广州's streets are called) is
    /// that subdistrict; its full name still wins where it stands.
    #[test]
    fn a_subdistricts_short_form_names_it() {
        let g = Gazetteer::global();
        let in_guangzhou = |r: &Region| r.city == "广州市";
        let r = county_of_towns(g, "服务范围为钟村街、东环街两个街道", in_guangzhou).map(|r| r.county.as_str());
        assert_eq!(r, Some("番禺区"));
        let r = county_of_towns(g, "钟村街道禁毒社工站", in_guangzhou).map(|r| r.county.as_str());
        assert_eq!(r, Some("番禺区"));
        assert_eq!(county("熟溪街禁毒办").as_deref(), Some("武义县/金华市/浙江省"));
    }

    /// A subdistrict named by its office without 街道 (民权办事处 for 民权街道 of 浉河区, as 信阳's
    /// streets call their offices) is that subdistrict; an office whose name is no subdistrict's
    /// names none.
    #[test]
    fn a_subdistricts_office_names_it() {
        assert_eq!(county("民权办事处开展国际禁毒日宣传活动").as_deref(), Some("浉河区/信阳市/河南省"));
        assert_eq!(county("熟溪办事处禁毒专干入户走访").as_deref(), Some("武义县/金华市/浙江省"));
        assert_eq!(county("民权街道禁毒办").as_deref(), Some("浉河区/信阳市/河南省"));
        assert_eq!(county("某某办事处禁毒工作总结"), None);
    }

    #[test]
    fn a_text_without_town_words_is_not_searched() {
        assert_eq!(county("全县破获毒品刑事案件12起"), None);
    }
}
