//! The gazetteer: every county-level division of China with its city, province and GB/T 2260
//! code (`data/regions.csv`, compiled in), and the search for them in report text: full
//! names first (岳阳楼区), short names as a fallback (开福 for 开福区), duplicates (鼓楼区 in
//! four cities) settled by which city or province the text names. A county's name is never
//! read from inside a longer place name (黑龙江 holds 龙江, 老河口 holds 河口): the characters
//! around a match are checked against the province, city and county names. Also finds the
//! province a text names and a place name opening a clause. Hands `Region` to identity.

use once_cell::sync::Lazy;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Region {
    pub code: String,
    pub county: String,
    pub city: String,
    pub province: String,
}

/// Names searched in one pass (`PairIndex`), and for each name the regions it may stand for.
struct Names {
    index: PairIndex,
    regions: Vec<Vec<usize>>,
}

impl Names {
    fn new(map: HashMap<String, Vec<usize>>) -> Names {
        let (names, regions): (Vec<String>, Vec<Vec<usize>>) = map.into_iter().unzip();
        Names { index: PairIndex::new(names), regions }
    }
}

/// Place names looked up by their first two characters (every name has two at least): for
/// each pair, the names opening with it, longest first, and a bitset of the pairs (by a hash)
/// that passes over most places of a text with one test. Finds what an Aho-Corasick automaton
/// of the names finds — leftmost-longest or overlapping — at a fraction of its cost: the DFAs
/// of the county names took ~230 M instructions (~0.07 s) to build, once a process, and
/// searched Chinese text at ~18 instructions a byte.
struct PairIndex {
    names: Vec<String>,
    /// bit `pair_bit(pair)` set for each pair that opens a name
    seen: Box<[u64; 1024]>,
    /// (pair, range of `ids`), sorted by pair
    pairs: Vec<(u32, u32, u32)>,
    /// the names' indices grouped by pair, each group longest first
    ids: Vec<u32>,
}

/// Two characters of the Basic Multilingual Plane as one key.
fn pair_key(c1: u32, c2: u32) -> u32 {
    c1 << 16 | c2
}

/// A pair's bit of the 65,536 of `PairIndex::seen` (a multiplicative hash).
fn pair_bit(key: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

impl PairIndex {
    fn new(names: Vec<String>) -> PairIndex {
        let key_of = |n: &str| {
            let mut cs = n.chars().map(|c| c as u32);
            match (cs.next(), cs.next()) {
                (Some(a), Some(b)) if a < 0xFFFF && b < 0xFFFF => pair_key(a, b),
                _ => panic!("a place name of two characters of the BMP at least: {n:?}"),
            }
        };
        // (pair, longest first, index)
        let mut order: Vec<(u32, usize, u32)> =
            names.iter().enumerate().map(|(i, n)| (key_of(n), usize::MAX - n.len(), i as u32)).collect();
        order.sort_unstable();
        let mut seen = Box::new([0u64; 1024]);
        let mut pairs: Vec<(u32, u32, u32)> = Vec::new();
        for (k, &(key, _, _)) in order.iter().enumerate() {
            match pairs.last_mut() {
                Some(last) if last.0 == key => last.2 = k as u32 + 1,
                _ => {
                    pairs.push((key, k as u32, k as u32 + 1));
                    seen[pair_bit(key) >> 6] |= 1 << (pair_bit(key) & 63);
                }
            }
        }
        let ids = order.into_iter().map(|o| o.2).collect();
        PairIndex { names, seen, pairs, ids }
    }

    /// The names that may start at byte `i` of `b` (a character's start), longest first, and
    /// the length of the character there.
    #[inline]
    fn candidates(&self, b: &[u8], i: usize) -> (&[u32], usize) {
        let (c1, l1) = super::chars::decode(b, i);
        if i + l1 >= b.len() {
            return (&[], l1);
        }
        let key = pair_key(c1, super::chars::decode(b, i + l1).0);
        // (most places of a text open no name: one bit says so)
        if self.seen[pair_bit(key) >> 6] >> (pair_bit(key) & 63) & 1 == 0 {
            return (&[], l1);
        }
        match self.pairs.binary_search_by_key(&key, |p| p.0) {
            Ok(k) => (&self.ids[self.pairs[k].1 as usize..self.pairs[k].2 as usize], l1),
            Err(_) => (&[], l1),
        }
    }

    /// The names of `ids` (longest first) starting at byte `i` of `b`: (name index, end).
    fn matching<'s>(&'s self, b: &'s [u8], i: usize, ids: &'s [u32]) -> impl Iterator<Item = (usize, usize)> + 's {
        ids.iter().filter_map(move |&id| {
            let n = self.names[id as usize].as_bytes();
            b[i..].starts_with(n).then_some((id as usize, i + n.len()))
        })
    }

    /// The longest name starting at byte `i` of `text`: (name index, end).
    fn longest_at(&self, text: &str, i: usize) -> Option<(usize, usize)> {
        let b = text.as_bytes();
        self.matching(b, i, self.candidates(b, i).0).next()
    }

    /// The names in `text`, leftmost-longest and not overlapping, as an Aho-Corasick search of
    /// that kind reports them: (name index, byte start, byte end), in reading order.
    fn find_iter<'t>(&'t self, text: &'t str) -> impl Iterator<Item = (usize, usize, usize)> + 't {
        let b = text.as_bytes();
        let mut i = 0;
        std::iter::from_fn(move || {
            while i < b.len() {
                let (ids, len) = self.candidates(b, i);
                if let Some((id, end)) = self.matching(b, i, ids).next() {
                    let start = std::mem::replace(&mut i, end);
                    return Some((id, start, end));
                }
                i += len;
            }
            None
        })
    }

    /// Every name in `text`, overlapping ones too: (name index, byte start, byte end).
    fn overlapping<'t>(&'t self, text: &'t str) -> impl Iterator<Item = (usize, usize, usize)> + 't {
        let b = text.as_bytes();
        text.char_indices()
            .flat_map(move |(i, _)| self.matching(b, i, self.candidates(b, i).0).map(move |(id, end)| (id, i, end)))
    }
}

/// A place name opening a clause: a county (one of the counties of that name) or a city.
pub enum Leading<'a> {
    County(Vec<&'a Region>),
    City(String),
}

pub struct Gazetteer {
    pub regions: Vec<Region>,
    full: Names,
    short: Names,
    /// city name (full and short) → (full city name, province)
    cities: HashMap<String, (String, String)>,
    /// every longer place name a county's name may stand inside (provinces, cities, counties,
    /// full and short), searched overlapping; for each, the counties it names itself
    containers: (PairIndex, Vec<Vec<usize>>),
    /// (province, its short name: 黑龙江, 广西, 内蒙古)
    provinces: Vec<(String, String)>,
}

/// A province's short name: 黑龙江省 → 黑龙江, 广西壮族自治区 → 广西, 北京市 → 北京.
fn province_stem(p: &str) -> &str {
    for suf in ["壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "省", "市"] {
        if let Some(s) = p.strip_suffix(suf) {
            return s;
        }
    }
    p
}

/// Texts at least this long have their name matches kept (`Gazetteer::standing`): a title
/// or a unit's name is searched faster than it is compared.
const MEMO_MIN_BYTES: usize = 512;
const MEMO_ENTRIES: usize = 4;

/// Per thread: (set of names, text, the names standing in it) of the last long texts searched.
type Memo = Vec<(usize, String, Rc<Vec<(usize, usize, usize)>>)>;
thread_local! {
    static MEMO: RefCell<Memo> = const { RefCell::new(Vec::new()) };
    /// Where the file being read sits (its path): see `with_place_hint`.
    static PLACE_HINT: RefCell<String> = const { RefCell::new(String::new()) };
}

/// Run `f` with `hint` (a file's path: reports/上海市/普陀区禁毒办2016.txt) as the last word on
/// counties of one name that the text leaves tied (普陀区 of 上海 and of 舟山 in a report naming
/// neither city): a supervisor files reports by city, and the folders name it. The hint never
/// overrides a place the text names, and names no county by itself.
pub fn with_place_hint<T>(hint: &str, f: impl FnOnce() -> T) -> T {
    struct Reset(String);
    impl Drop for Reset {
        fn drop(&mut self) {
            PLACE_HINT.with(|h| std::mem::swap(&mut *h.borrow_mut(), &mut self.0));
        }
    }
    let before = PLACE_HINT.with(|h| std::mem::replace(&mut *h.borrow_mut(), hint.to_string()));
    let _reset = Reset(before);
    f()
}

/// Short names too common as ordinary words to stand for a county on their own.
const GENERIC_SHORT: &[&str] = &[
    "城区", "郊区", "矿区", "新区", "城关", "城中", "城东", "城西", "城南", "城北", "和平", "新华", "长安", "新城",
    "白云", "永安", "平安", "东区", "西区", "南区", "北区", "中区", "市中", "高新", "开发", "光明", "振兴", "建设",
    "发展", "红旗", "胜利", "团结", "东方", "大同", "太平", "前进", "先锋", "文明", "和谐", "安全", "友好", "金山",
    "青山", "西湖", "东湖", "南湖", "北湖", "江北", "江南", "河东", "河西", "海南", "山南", "山东", "山西", "湖南",
    "湖北", "河南", "河北", "广东", "广西", "铁西", "铁东", "普陀", "中山", "龙华", "朝阳", "宝山", "东城", "西城",
    "南山", "北山", "全州", "乐业", "安居", "榆树", "通化", "延安", "华容", "清河", "长沙", "吉利", "合作", "新兴",
    "共青", "民主", "安定", "宁安", "双城", "海城", "利民", "公安", "宣传", "富民", "安宁", "长宁", "丰台", "汉阳",
    "青云", "通道", "城步", "天心", "芙蓉", "雨花", "岳麓", "新建", "会同", "中方", "大方", "南部", "方正", "富裕",
    "友谊", "东山", "石门", "龙门", "古田", "太湖", "大名", "元氏", "大新", "平和", "凤凰", "上街",
    // (cities' customary nicknames that are a county's short name too: 江城 is 武汉, 吉林 and
    // 芜湖 in their own news, not 阳江's 江城区; 龙城 is 太原, 常州 and 柳州, not 朝阳's 龙城区;
    // 榕城 is 福州, not 揭阳's 榕城区; 山城 is 重庆, not 鹤壁's 山城区; 古城 is any old city, 西安,
    // 平遥, 荆州, not 丽江's 古城区 — the county goes by its full name)
    "江城", "龙城", "榕城", "山城", "古城",
];

/// The state-level new areas (国家级新区) that are no county of the gazetteer: a county's short
/// name read inside one (安新 in 贵安新区) names no county.
const STATE_NEW_AREAS: &[&str] = &[
    "两江新区",
    "舟山群岛新区",
    "兰州新区",
    "西咸新区",
    "贵安新区",
    "西海岸新区",
    "金普新区",
    "天府新区",
    "湘江新区",
    "江北新区",
    "福州新区",
    "滇中新区",
    "哈尔滨新区",
    "长春新区",
    "赣江新区",
    "雄安新区",
];

/// Other names a county goes by in report text, by the code of the county they stand for: a
/// name miswritten by its sound (关山湖区 for 观山湖区) or a county's name before it was renamed
/// with another stem (蓟县 → 蓟州区, 林芝县 → 巴宜区, 昌都县 → 卡若区, 那曲县 → 色尼区) or into a
/// name another county bears (永定县 of 龙岩, a district since 2014 as 张家界's 永定区 has long
/// been), a county named after its prefecture before a renaming (宜宾县 → 叙州区, 遵义县 → 播州区),
/// and 内蒙古's banners by their customary short names (察右前旗 for 察哈尔右翼前旗, 达茂旗
/// for 达尔罕茂明安联合旗). The county is reported under its own name.
const VARIANT_NAMES: &[(&str, &str)] = &[
    ("关山湖区", "520115"),
    ("蓟县", "120119"),
    ("林芝县", "540402"),
    ("昌都县", "540302"),
    ("那曲县", "540602"),
    ("永定县", "350803"),
    // counties named after their prefecture, renamed with a stem of their own (宜宾县 → 叙州区):
    // the old name's stem is the city's, so no short name finds them
    ("宜宾县", "511504"),
    ("绍兴县", "330603"),
    ("遵义县", "520304"),
    ("九江县", "360404"),
    ("上饶县", "361104"),
    ("楚州区", "320803"),
    // a county made a district, by its old name (华县 → 华州区, 2015)
    ("华县", "610503"),
    // …and those whose old name's stem is one character (郫县 → 郫都区, 2016; 盘县 → 盘州市, 2017;
    // 达县 → 达川区, 2013) or whose district took its former city's name (莱城区 → 莱芜区, 2019)
    ("郫县", "510117"),
    ("盘县", "520281"),
    ("达县", "511703"),
    ("莱城区", "370116"),
    // districts merged into another (天津's 塘沽区, 汉沽区, 大港区 → 滨海新区, 2009; 上海's 南汇区 →
    // 浦东新区, 2009, 卢湾区 → 黄浦区, 2011, 闸北区 → 静安区, 2015; 北京's 崇文区 → 东城区, 宣武区 →
    // 西城区, 2010; 南京's 下关区 → 鼓楼区, 白下区 → 秦淮区, 2013): by their old full names only
    ("塘沽区", "120116"),
    ("汉沽区", "120116"),
    ("大港区", "120116"),
    ("南汇区", "310115"),
    ("卢湾区", "310101"),
    ("闸北区", "310106"),
    ("崇文区", "110101"),
    ("宣武区", "110102"),
    ("下关区", "320106"),
    ("白下区", "320104"),
    // the banners of 内蒙古 by their customary short names
    ("察右前旗", "150926"),
    ("察右中旗", "150927"),
    ("察右后旗", "150928"),
    ("科左中旗", "150521"),
    ("科左后旗", "150522"),
    ("科右前旗", "152221"),
    ("科右中旗", "152222"),
    ("达茂旗", "150223"),
    ("阿左旗", "152921"),
    ("阿右旗", "152922"),
    ("新左旗", "150726"),
    ("新右旗", "150727"),
    ("土右旗", "150221"),
    ("土左旗", "150121"),
    ("乌前旗", "150823"),
    ("乌中旗", "150824"),
    ("乌后旗", "150825"),
    ("鄂前旗", "150623"),
    ("东乌旗", "152525"),
    ("西乌旗", "152526"),
    ("东苏旗", "152523"),
    ("西苏旗", "152524"),
];

fn strip_suffix(name: &str) -> Option<&str> {
    for suf in ["自治县", "自治旗", "林区", "特区", "县", "区", "市", "旗"] {
        if let Some(s) = name.strip_suffix(suf) {
            if s.chars().count() >= 2 {
                return Some(s);
            }
        }
    }
    None
}

/// Does a place's name open a newspaper's, a website's or a station's name here (新民晚报,
/// 龙港网, 平阳新闻网, 某县融媒体中心, 清流社工网, 文成论坛, 平阳之窗)? Then it names a source,
/// not the text's place (a forum's repost of another province's news keeps that province).
fn medium(after: &str) -> bool {
    [
        "晚报",
        "日报",
        "都市报",
        "报社",
        "新闻网",
        "电视台",
        "广播电视台",
        "融媒体",
        "发布",
        "论坛",
        "在线",
        "之窗",
        "信息港",
    ]
    .iter()
    .any(|w| after.starts_with(w))
        || after.starts_with('网') && !after.starts_with("网格")
        || topic_site(after)
}

/// A site named by a place and its topic (清流社工网, 文成禁毒网, 平阳普法网): one to three
/// characters of a topic, no place's, then 网 — not 网格 (禁毒网格员), 网点 or 网络.
fn topic_site(after: &str) -> bool {
    let mut rest = after;
    for _ in 0..3 {
        let Some(c) = rest.chars().next() else { return false };
        if !super::chars::is_han(c) || "县市区镇乡村街州旗盟省网".contains(c) {
            return false;
        }
        rest = &rest[c.len_utf8()..];
        if let Some(after_site) = rest.strip_prefix('网') {
            return !after_site.starts_with(['格', '点', '络']);
        }
    }
    false
}

/// Does a short name go on as a town's or a subdistrict's (永和镇 of 浏阳市, 双江镇 of 通道县,
/// 城南街道, 龙潭乡)? Then it names the town, not the county of that short name (永和县).
/// (乡村 and 乡镇 go on as words: 祁东乡村振兴 is 祁东's.)
/// (So does an ethnic township's: 柳城畲族镇 of 武义县, not 柳城县; 长坪土家族乡.)
/// (…and a subdistrict's office named without 街道, as its office calls itself in 河南, 湖南,
/// 山西: 民权办事处 is 信阳's 民权街道, not 民权县; 路东办事处, 麻塘办事处.)
fn town(after: &str) -> bool {
    let after = ethnic_prefix(after).map_or(after, |n| &after[n..]);
    after.starts_with('镇')
        || after.starts_with("街道")
        || after.starts_with("办事处")
        || after.strip_prefix('乡').is_some_and(|r| !r.starts_with(['村', '镇']))
}

/// The length of the one or two peoples' names (畲族, 土家族, 苗族侗族) an ethnic township's
/// name puts before its 镇 or 乡, when `after` opens with them.
fn ethnic_prefix(after: &str) -> Option<usize> {
    for (k, (i, c)) in after.char_indices().enumerate() {
        if c == '族' && after[i + c.len_utf8()..].starts_with(['镇', '乡']) {
            return Some(i + c.len_utf8());
        }
        if k >= 8 || !super::chars::is_han(c) {
            return None;
        }
    }
    None
}

/// Words that end in the one-character stem of a county's name (范 of 范县, 献 of 献县):
/// 示范县 is a model county, 贡献县委… a contribution before 县委, not 范县 or 献县.
const WORDS_ENDING_IN_A_STEM: &[&str] = &[
    "示范", "模范", "规范", "防范", "典范", "垂范", "简单", "清单", "名单", "贡献", "文献", "奉献", "英雄", "内容",
    "交易", "贸易", "容易", "信息", "消息", "休息", "利息", "充沛", "润滑", "光滑", "夺冠", "桂冠",
];

/// Is the two-character name at `text[s..e]` (a one-character stem and 县/区/旗) the end of a
/// word with the character before it (示范县, 贡献县委)?
fn stem_ends_a_word(text: &str, s: usize, e: usize) -> bool {
    let name = &text[s..e];
    let mut chars = name.chars();
    let (Some(stem), Some(_), None) = (chars.next(), chars.next(), chars.next()) else { return false };
    let Some(before) = text[..s].chars().next_back() else { return false };
    WORDS_ENDING_IN_A_STEM.iter().any(|w| {
        let mut c = w.chars();
        c.next() == Some(before) && c.next() == Some(stem)
    })
}

/// Words whose last character opens a county's name (华 of 华龙区, 华安县, 华宁县): in
/// 中华龙都网, 繁华安定 the character belongs to the word before it, and no county is named.
/// (Not 年华: a year's 年 is often followed by a county's name, 2020年华龙区…)
const WORDS_HOLDING_A_NAMES_FIRST: &[&str] = &["中华", "繁华", "精华", "风华", "才华", "纵横"];

/// Does the name at byte `s` of `text` open on the last character of a word before it
/// (中华龙都网: 华龙 inside 中华)?
fn first_char_in_word_before(text: &str, s: usize) -> bool {
    WORDS_HOLDING_A_NAMES_FIRST.iter().any(|w| {
        let last = w.chars().next_back().map_or(0, char::len_utf8);
        text[s..].starts_with(&w[w.len() - last..]) && text[..s].ends_with(&w[..w.len() - last])
    })
}

/// Is the name at `text[s..e]` 和县 read across 和 joining two words, the second a county's own
/// (庞某和县禁毒委…, 县公安局和县教育局, 张三和县长)? After a word's character — not a place's
/// suffix (安徽省和县, 马鞍山市和县) nor a clause's start — 和 is the conjunction.
fn conjunction_and_county_word(text: &str, s: usize, e: usize) -> bool {
    &text[s..e] == "和县"
        && text[..s].chars().next_back().is_some_and(|c| super::chars::is_han(c) && !"省市州盟区县旗地".contains(c))
}

/// Is the name at `text[s..e]` where a facility stands (位于宁夏灵武市的…处置中心, 位于某县的禁毒
/// 教育基地): after 位于 in its clause, with at most a province's or a city's name between, and
/// before 的 and the facility — not before an area of the county (某镇位于某县的东南部: a town
/// telling its county). A site's place is no text's own.
fn site_of_a_facility(text: &str, s: usize, e: usize) -> bool {
    let Some(after) = text[e..].strip_prefix('的') else { return false };
    if after.starts_with(['东', '南', '西', '北', '中', '腹', '境', '城']) {
        return false;
    }
    let before = super::text::tail(&text[..s], 30);
    before.rfind("位于").is_some_and(|i| {
        let between = &before[i + "位于".len()..];
        between.chars().count() <= 8 && between.chars().all(|c| super::chars::is_han(c) && !"，。；、的".contains(c))
    })
}

/// Is the name at `text[s..e]` the given name of a person: after a common surname that
/// follows an office (副厅长梁宏伟, 县委书记张宁阳), or after a surname and before what a
/// person says (梁宏伟26日介绍, 王永平表示)? Then it names no place.
fn in_persons_name(text: &str, s: usize, e: usize) -> bool {
    const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯史陶黎贺顾毛郝龚邵钱严覃戴莫孔汤";
    let Some(sur) = text[..s].chars().next_back().filter(|&c| SURNAMES.contains(c)) else {
        return false;
    };
    let before = &text[..s - sur.len_utf8()];
    let office = ["长", "主任", "书记", "专员", "记者", "委员", "民警", "警官", "队长", "干部", "社工", "通讯员"]
        .iter()
        .any(|w| before.ends_with(w));
    let after = text[e..].trim_start_matches(|c: char| c.is_ascii_digit() || c == '日');
    let says = ["介绍", "表示", "说", "指出", "强调", "透露", "称", "告诉"].iter().any(|w| after.starts_with(w));
    office || says
}

/// The peoples named in autonomous counties' names.
const PEOPLES: &[&str] = &[
    "蒙古族",
    "回族",
    "藏族",
    "维吾尔族",
    "苗族",
    "彝族",
    "壮族",
    "布依族",
    "朝鲜族",
    "满族",
    "侗族",
    "瑶族",
    "白族",
    "土家族",
    "哈尼族",
    "哈萨克族",
    "傣族",
    "黎族",
    "傈僳族",
    "佤族",
    "畲族",
    "高山族",
    "拉祜族",
    "水族",
    "东乡族",
    "纳西族",
    "景颇族",
    "柯尔克孜族",
    "土族",
    "达斡尔族",
    "仫佬族",
    "羌族",
    "布朗族",
    "撒拉族",
    "毛南族",
    "仡佬族",
    "锡伯族",
    "阿昌族",
    "普米族",
    "塔吉克族",
    "怒族",
    "乌孜别克族",
    "俄罗斯族",
    "鄂温克族",
    "德昂族",
    "保安族",
    "裕固族",
    "京族",
    "塔塔尔族",
    "独龙族",
    "鄂伦春族",
    "赫哲族",
    "门巴族",
    "珞巴族",
    "基诺族",
    "各族",
];

/// 耿马傣族佤族自治县 → 耿马县, 莫力达瓦达斡尔族自治旗 → 莫力达瓦旗 (None for other names).
fn autonomous_base(name: &str) -> Option<String> {
    let (mut stem, suffix) = if let Some(s) = name.strip_suffix("自治县") {
        (s, "县")
    } else {
        (name.strip_suffix("自治旗")?, "旗")
    };
    // a county named after its people alone (东乡族自治县) is called by the people's place name
    // (东乡县)
    if let Some(p) = PEOPLES.iter().find(|p| **p == stem && **p != "各族") {
        let place = p.strip_suffix('族').unwrap_or(p);
        return (place.chars().count() >= 2).then(|| format!("{place}{suffix}"));
    }
    let mut stripped = false;
    while let Some(p) = PEOPLES.iter().find(|p| stem.ends_with(**p) && stem.len() > p.len()) {
        stem = &stem[..stem.len() - p.len()];
        stripped = true;
    }
    (stripped && stem.chars().count() >= 2).then(|| format!("{stem}{suffix}"))
}

/// An autonomous prefecture's common short name: its place name and 州 (黔南布依族苗族自治州 →
/// 黔南州, 伊犁哈萨克自治州 → 伊犁州, 博尔塔拉蒙古自治州 → 博尔塔拉州).
fn prefecture_base(name: &str) -> Option<String> {
    let mut stem = name.strip_suffix("自治州")?;
    let mut stripped = false;
    loop {
        let people = PEOPLES.iter().find_map(|p| {
            let bare = p.strip_suffix('族').unwrap_or(p);
            [*p, bare].into_iter().find(|w| stem.ends_with(w) && stem.len() > w.len())
        });
        let Some(p) = people else { break };
        stem = &stem[..stem.len() - p.len()];
        stripped = true;
    }
    (stripped && stem.chars().count() >= 2).then(|| format!("{stem}州"))
}

/// A region's city and province as a text may name them without their suffix (岳阳, 湖南).
fn stems(r: &Region) -> (&str, &str) {
    (strip_suffix(&r.city).unwrap_or(&r.city), r.province.trim_end_matches("省").trim_end_matches("市"))
}

impl Gazetteer {
    // (one gazetteer a process, `global`: the matches `standing` keeps are of its names)
    fn load() -> Gazetteer {
        let regions: Vec<Region> = super::divisions::DIVISIONS
            .iter()
            .map(|d| Region {
                code: d.code.into(),
                county: d.county.into(),
                city: d.city.into(),
                province: d.province.into(),
            })
            .collect();
        let mut full: HashMap<String, Vec<usize>> = HashMap::new();
        let mut short: HashMap<String, Vec<usize>> = HashMap::new();
        let mut cities = HashMap::new();
        // (the lists as sets, each looked up once a county instead of read through)
        let mut variants: HashMap<&str, Vec<&str>> = HashMap::new();
        for &(name, code) in VARIANT_NAMES {
            variants.entry(code).or_default().push(name);
        }
        let generic: std::collections::HashSet<&str> = GENERIC_SHORT.iter().copied().collect();
        for (i, r) in regions.iter().enumerate() {
            full.entry(r.county.clone()).or_default().push(i);
            // an autonomous county is mostly called by its place name: 耿马傣族佤族自治县 → 耿马县
            if let Some(base) = autonomous_base(&r.county) {
                full.entry(base).or_default().push(i);
            }
            for &name in variants.get(r.code.as_str()).into_iter().flatten() {
                full.entry(name.to_string()).or_default().push(i);
            }
            cities.insert(r.city.clone(), (r.city.clone(), r.province.clone()));
            if let Some(s) = strip_suffix(&r.city) {
                cities.entry(s.to_string()).or_insert((r.city.clone(), r.province.clone()));
            }
            // an autonomous prefecture by its place name: 黔南州, 湘西州, 伊犁州
            if let Some(s) = prefecture_base(&r.city) {
                cities.entry(s).or_insert((r.city.clone(), r.province.clone()));
            }
        }
        // a county-level city by its name as a county before (宁乡县 → 宁乡市, 邵东县 → 邵东市; with
        // 州 added, 横县 → 横州市, 彬县 → 彬州市), where no county bears that name today
        for (i, r) in regions.iter().enumerate() {
            let Some(stem) = r.county.strip_suffix('市') else { continue };
            if r.code.get(4..6).is_none_or(|d| d < "81") {
                continue;
            }
            let mut former = vec![format!("{stem}县")];
            if let Some(one) = stem.strip_suffix('州').filter(|o| o.chars().count() == 1) {
                former.push(format!("{one}县"));
            }
            for name in former {
                if !full.contains_key(&name) && stem.chars().count() >= 2 {
                    full.insert(name, vec![i]);
                }
            }
        }
        for (i, r) in regions.iter().enumerate() {
            // an autonomous county by its place name alone too: 紫云 (紫云自治县, 紫云苗族布依族自治县)
            let base = autonomous_base(&r.county);
            for name in std::iter::once(r.county.as_str()).chain(base.as_deref()) {
                if let Some(s) = strip_suffix(name) {
                    if !generic.contains(s) && !cities.contains_key(s) && !short.get(s).is_some_and(|v| v.contains(&i))
                    {
                        short.entry(s.to_string()).or_default().push(i);
                    }
                }
            }
        }
        // the names a county's name must not be read from inside (黑龙江 holds 龙江, 老河口市 河口)
        let mut outer: HashMap<String, Vec<usize>> = HashMap::new();
        let mut provinces: Vec<(String, String)> = Vec::new();
        for r in &regions {
            // (the regions come province by province: the last one seen first)
            if provinces.last().is_none_or(|p| p.0 != r.province) && !provinces.iter().any(|p| p.0 == r.province) {
                provinces.push((r.province.clone(), province_stem(&r.province).to_string()));
            }
        }
        for (p, stem) in &provinces {
            outer.entry(p.clone()).or_default();
            outer.entry(stem.clone()).or_default();
        }
        for c in cities.keys() {
            outer.entry(c.clone()).or_default();
        }
        // 共和 (共和县) inside the country's name: 《中华人民共和国禁毒法》 names no county
        outer.entry("共和国".to_string()).or_default();
        // nor a state-level new area, no county of the gazetteer, the short name inside it
        // (安新 of 安新县 in 贵安新区 and 雄安新区)
        for area in STATE_NEW_AREAS {
            outer.entry(area.to_string()).or_default();
        }
        for (name, rs) in &full {
            outer.entry(name.clone()).or_default().extend(rs);
        }
        for (name, rs) in &short {
            outer.entry(name.clone()).or_default().extend(rs);
        }
        let (names, owners): (Vec<String>, Vec<Vec<usize>>) = outer.into_iter().unzip();
        Gazetteer {
            regions,
            full: Names::new(full),
            short: Names::new(short),
            cities,
            containers: (PairIndex::new(names), owners),
            provinces,
        }
    }

    /// Is the county name at `text[s..e]` (standing for `rs`) part of a longer place name
    /// around it — a province (黑龙江省 holds 龙江), a city, or another county (老河口 holds
    /// 河口) — that is not a name of the same county?
    fn embedded(&self, text: &str, s: usize, e: usize, rs: &[usize]) -> bool {
        let mut a = s.saturating_sub(18);
        while !text.is_char_boundary(a) {
            a += 1;
        }
        let mut b = (e + 18).min(text.len());
        while !text.is_char_boundary(b) {
            b -= 1;
        }
        self.containers.0.overlapping(&text[a..b]).any(|(i, ms, me)| {
            let (cs, ce) = (a + ms, a + me);
            let owners = &self.containers.1[i];
            // (…or crossing a city's or a province's name: 平安福州 holds 福州, not 安福 of 安福县;
            // 河南安阳 holds 河南, not 南安 of 南安市 — a name no county's, whose characters the
            // county's name shares at one end)
            let crossing = owners.is_empty() && (cs > s && cs < e && ce > e || cs < s && ce > s && ce < e);
            (cs <= s && ce >= e && ce - cs > e - s || crossing) && !owners.iter().any(|r| rs.contains(r))
        })
    }

    /// Does a short name at byte `s` of `text` follow a city's name of none of its counties `rs`
    /// (广州正阳社工: 广州 and then 正阳 of 驻马店)? A name run on after a city's is a place of that
    /// city or a part of an organ's name there, no county of another (南宁武鸣, 广州白云 are their
    /// cities' own).
    fn after_another_city(&self, text: &str, s: usize, rs: &[usize]) -> bool {
        let before = &text[..s];
        let mut ends = before.char_indices().rev().map(|(i, _)| i);
        // (the city's name of two to four characters, with its 市 or without)
        let _ = ends.next();
        for at in ends.take(3) {
            let name = &before[at..];
            let city = self
                .cities
                .get(name)
                .filter(|_| name.ends_with(['市', '州', '盟']) || self.cities.contains_key(&format!("{name}市")));
            if let Some((c, _)) = city {
                return !rs.iter().any(|&r| &self.regions[r].city == c);
            }
        }
        false
    }

    /// Does the 年来 at `at` open no span of years: a place's name after a year (2021年来安县)
    /// or 一年来, the year under review?
    pub fn one_year_or_place(&self, text: &str, at: usize) -> bool {
        self.place_after_year(text, at) || super::text::one_year_since(text, at)
    }

    /// Does the 年来 at byte `at` of `text` follow a year's digits and open a place's name
    /// (2022年来凤县…, 2023年来宾市…)? Then it is no span of years (三年来, 2015年来…).
    pub fn place_after_year(&self, text: &str, at: usize) -> bool {
        text[..at].ends_with(|c: char| c.is_ascii_digit())
            && text[at..].starts_with("年来")
            && self.leading_place(&text[at + "年".len()..]).is_some()
    }

    /// A county's or a city's full name opening a text (泸县开展…, 赣州市破获…): the counties
    /// the name may stand for, or the city's full name.
    pub fn leading_place(&self, text: &str) -> Option<Leading<'_>> {
        let t = super::text::head(text, 40);
        if let Some((i, _)) = self.full.index.longest_at(t, 0) {
            return Some(Leading::County(self.full.regions[i].iter().map(|&r| &self.regions[r]).collect()));
        }
        // (a city's name ends on 市, 州 or 盟, two characters at least: no list of ends built)
        t.char_indices()
            .skip(1)
            .filter(|&(_, c)| matches!(c, '市' | '州' | '盟'))
            .find_map(|(i, c)| self.cities.get(&t[..i + c.len_utf8()]))
            .map(|c| Leading::City(c.0.clone()))
    }

    /// The province a text names: its full name (黑龙江省), else its short name (黑龙江).
    pub fn find_province(&self, text: &str) -> Option<String> {
        let first = |f: &dyn Fn(&(String, String)) -> &str| {
            self.provinces
                .iter()
                // (memchr's SIMD search: `str::find` read the text at ~1 instruction a byte, 68 times)
                .filter_map(|p| memchr::memmem::find(text.as_bytes(), f(p).as_bytes()).map(|i| (i, p)))
                .min_by_key(|x| x.0)
                .map(|x| x.1 .0.clone())
        };
        first(&|p| p.0.as_str()).or_else(|| first(&|p| p.1.as_str()))
    }

    /// The names of `names` standing in `text`, not inside a longer place name: (name index,
    /// byte start, byte end), in reading order. Settling one report's identity searches its
    /// body and the whole file's text several times (full names, then short ones, with and
    /// without its title): a long text is searched once per thread and set of names, and its
    /// matches kept for the next question.
    fn standing(&self, text: &str, names: &Names) -> Rc<Vec<(usize, usize, usize)>> {
        let short = std::ptr::eq(names, &self.short);
        let search = || {
            let mut out = Vec::new();
            for (i, s, e) in names.index.find_iter(text) {
                // (a short name run on after another city's name is none: 广州正阳)
                let crossing_city = short && self.after_another_city(text, s, &names.regions[i]);
                if !self.embedded(text, s, e, &names.regions[i])
                    && !crossing_city
                    && !medium(&text[e..])
                    && !in_persons_name(text, s, e)
                    && !stem_ends_a_word(text, s, e)
                    && !first_char_in_word_before(text, s)
                    && !conjunction_and_county_word(text, s, e)
                    && !site_of_a_facility(text, s, e)
                {
                    out.push((i, s, e));
                }
            }
            Rc::new(out)
        };
        if text.len() < MEMO_MIN_BYTES {
            return search();
        }
        let key = names as *const Names as usize;
        if let Some(hit) = MEMO.with_borrow(|memo| {
            memo.iter().find(|(k, t, _)| *k == key && t.as_str() == text).map(|(_, _, m)| m.clone())
        }) {
            return hit;
        }
        let found = search();
        MEMO.with_borrow_mut(|memo| {
            if memo.len() >= MEMO_ENTRIES {
                memo.remove(0);
            }
            memo.push((key, text.to_string(), found.clone()));
        });
        found
    }

    /// Short names (文成 for 文成县) standing in a text, not inside a longer place name:
    /// (region, byte start, byte end), in reading order.
    pub fn short_names(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        for &(i, s, e) in self.standing(text, &self.short).iter().filter(|h| !town(&text[h.2..])) {
            out.extend(self.short.regions[i].iter().map(|&r| (r, s, e)));
        }
        out
    }

    /// Does county `r` bear the place name of its autonomous prefecture or prefecture (大理市 of
    /// 大理白族自治州, 红河县 of 红河哈尼族彝族自治州, 喀什市 of 喀什地区), and `text` name that
    /// prefecture (大理白族自治州, 大理州) but never the county in full? Then its short name (大理)
    /// is the prefecture's there.
    pub fn prefectures_own_name(&self, r: &Region, text: &str) -> bool {
        let (city_stem, as_named) = match prefecture_base(&r.city) {
            Some(base) => (base.trim_end_matches('州').to_string(), base),
            None => match r.city.strip_suffix("地区") {
                Some(stem) => (stem.to_string(), r.city.clone()),
                None => return false,
            },
        };
        let county_stem = autonomous_base(&r.county);
        let county_stem = strip_suffix(county_stem.as_deref().unwrap_or(&r.county));
        county_stem == Some(city_stem.as_str())
            && (text.contains(r.city.as_str()) || text.contains(as_named.as_str()))
            && !text.contains(r.county.as_str())
    }

    /// The text with every county's full name (比如县, 由…县) blanked to spaces of the same
    /// length, so that a word read inside a place name (比 in 比如县) is not read as a word.
    pub fn without_county_names<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        let mut out: Option<String> = None;
        for (_, s, e) in self.full.index.find_iter(text) {
            let o = out.get_or_insert_with(|| text.to_string());
            o.replace_range(s..e, &" ".repeat(e - s));
        }
        out.map_or(std::borrow::Cow::Borrowed(text), std::borrow::Cow::Owned)
    }

    /// Does `text` name the city of county `r` (outside county names) at least three times,
    /// and three times as often as the county itself? Then it is the city's text, naming the
    /// county in passing (合肥…合肥…合肥蜀山区琥珀街道被命名为示范点).
    pub fn city_outnames_county(&self, text: &str, r: &Region) -> bool {
        let city = strip_suffix(&r.city).unwrap_or(&r.city);
        let county = strip_suffix(&r.county).unwrap_or(&r.county);
        if city.is_empty() || county.is_empty() || county.contains(city) || city.contains(county) {
            return false;
        }
        // (counted in the raw text first: the county names are blanked only when that could pass)
        let count = |t: &str, w: &str| memchr::memmem::find_iter(t.as_bytes(), w.as_bytes()).count();
        let n_county = count(text, county).max(1);
        count(text, city) >= 3 * n_county && count(&self.without_county_names(text), city) >= (3 * n_county).max(3)
    }

    /// Is county `r` named in `text` only inside titles in book-title marks (《我国社区戒毒社区康复
    /// 工作现状及对策——重庆市江北区的实践视角》, a cited paper; 《某县禁毒工作条例》), by its full name
    /// and its short one? Then the text names it as a publication's subject, not as a place.
    pub fn only_in_book_titles(&self, text: &str, r: &Region) -> bool {
        if memchr::memmem::find(text.as_bytes(), "《".as_bytes()).is_none() {
            return false;
        }
        let mut rest = String::with_capacity(text.len());
        let mut inside = false;
        let mut any = false;
        for ch in text.chars() {
            match ch {
                '《' => inside = true,
                '》' if inside => {
                    inside = false;
                    any = true;
                }
                // (an unclosed mark ends with its line)
                '\n' => {
                    inside = false;
                    rest.push(ch);
                }
                _ if inside => rest.push(' '),
                _ => rest.push(ch),
            }
        }
        any && text.contains(&r.county)
            && !rest.contains(&r.county)
            && !self.short_names(&rest).iter().any(|h| self.regions[h.0].code == r.code)
    }

    pub fn global() -> &'static Gazetteer {
        static G: Lazy<Gazetteer> = Lazy::new(Gazetteer::load);
        &G
    }

    fn hits(&self, text: &str, names: &Names) -> Vec<(usize, usize)> {
        // (region index, count), most named first, then first named
        let mut counts: HashMap<usize, (usize, usize)> = HashMap::new();
        let short = std::ptr::eq(names, &self.short);
        for &(i, s, _) in self.standing(text, names).iter().filter(|h| !(short && town(&text[h.2..]))) {
            for &r in &names.regions[i] {
                counts.entry(r).or_insert((0, s)).0 += 1;
            }
        }
        let mut out: Vec<(usize, usize, usize)> = counts.into_iter().map(|(r, (c, first))| (r, c, first)).collect();
        out.sort_by_key(|&(_, c, first)| (std::cmp::Reverse(c), first));
        out.into_iter().map(|(r, c, _)| (r, c)).collect()
    }

    /// The county a text names most, full names before short names; among same-named
    /// counties the one whose city or province the text (or `context`) also names.
    pub fn find_county(&self, text: &str, context: &str, allow_short: bool) -> Option<&Region> {
        let mut hits = self.hits(text, &self.full);
        if hits.is_empty() && allow_short {
            hits = self.hits(text, &self.short);
        }
        self.best_of(&hits, text, context)
    }

    /// The county a name stands for as a whole — its full name, an autonomous county's by its place
    /// (镇宁县 for 镇宁布依族苗族自治县), a county-level city's as the county it was (宁乡县) — as a
    /// table's row or column names it; None for a name that is not one county's whole name
    /// (华容县城, 城区).
    pub fn county_named(&self, name: &str, context: &str) -> Option<&Region> {
        let r = self.find_county(name, context, false)?;
        let former = || r.county.strip_suffix('市').is_some_and(|s| name.strip_suffix('县') == Some(s));
        (r.county == name || autonomous_base(&r.county).as_deref() == Some(name) || former()).then_some(r)
    }

    /// A county a text names, for where a place's name stands in it (a unit's, an organ's): as
    /// `find_county`, but counties of one name the text does not tell apart give the first of
    /// them by code rather than none.
    pub fn names_county(&self, text: &str, allow_short: bool) -> Option<&Region> {
        let mut hits = self.hits(text, &self.full);
        if hits.is_empty() && allow_short {
            hits = self.hits(text, &self.short);
        }
        self.pick(&hits, text, "", false)
    }

    /// Among (region, count) hits, the most named; ties settled by the city or province the
    /// text or its context names, then by code; none for counties of one name they leave tied.
    pub fn best_of(&self, hits: &[(usize, usize)], text: &str, context: &str) -> Option<&Region> {
        self.pick(hits, text, context, true)
    }

    fn pick(&self, hits: &[(usize, usize)], text: &str, context: &str, strict: bool) -> Option<&Region> {
        let best = hits.iter().map(|h| h.1).max()?;
        let tied: Vec<usize> = hits.iter().filter(|h| h.1 == best).map(|h| h.0).collect();
        // (the city named, else another county of the city named beside it — 鼓楼区、玄武区 are
        // 南京's —, else the province)
        let sibling =
            |r: &Region| hits.iter().map(|h| &self.regions[h.0]).any(|o| o.city == r.city && o.county != r.county);
        let named = |r: &Region| {
            let (cs, ps) = stems(r);
            (text.contains(cs) || context.contains(cs)) as u8 * 4
                + sibling(r) as u8 * 2
                + (text.contains(ps) || context.contains(ps)) as u8
        };
        // (each tied region's score once: it searches the text and its context)
        let scored: Vec<(&Region, u8)> = tied.iter().map(|&i| &self.regions[i]).map(|r| (r, named(r))).collect();
        let &(top, top_named) = scored.iter().max_by_key(|&&(r, n)| (n, std::cmp::Reverse(&r.code)))?;
        // counties of one name (永定区 of 张家界 and of 龙岩) that the city or province the text
        // names does not tell apart: no county rather than a guess
        let undecided = scored.iter().any(|&(r, n)| r.code != top.code && r.county == top.county && n == top_named);
        if strict && undecided {
            // the folders the file sits in, last (only among the counties the text left tied)
            return PLACE_HINT.with(|h| {
                let h = h.borrow();
                let mut same: Vec<(&Region, u8)> = scored
                    .iter()
                    .filter(|&&(r, n)| r.county == top.county && n == top_named)
                    .map(|&(r, _)| {
                        let (cs, ps) = stems(r);
                        (r, h.contains(cs) as u8 * 2 + h.contains(ps) as u8)
                    })
                    .collect();
                let best = same.iter().map(|s| s.1).max().unwrap_or(0);
                same.retain(|s| s.1 == best);
                (best > 0 && same.len() == 1).then(|| same[0].0)
            });
        }
        Some(top)
    }

    /// A prefecture-level city the text names (岳阳市, or 岳阳 on its own).
    pub fn find_city(&self, text: &str) -> Option<(String, String)> {
        let idx: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        for i in 0..idx.len().saturating_sub(2) {
            for len in (2..=6.min(idx.len() - 1 - i)).rev() {
                let s = &text[idx[i]..idx[i + len]];
                if let Some(c) = self.cities.get(s) {
                    if s.ends_with('市')
                        || s.ends_with('州')
                        || s.ends_with("盟")
                        || len >= 2 && self.cities.contains_key(&format!("{s}市"))
                    {
                        // a bare stem opening the name of a county of another city (朝阳区 of 北京
                        // and 长春, not of 朝阳市; 西安区 of 辽源) names no city; 长沙县, 邵阳县
                        // are their cities' own
                        let bare = !s.ends_with(['市', '州', '盟']);
                        // (a bare stem before 省 names the province of that name: 吉林省公安厅
                        // speaks of 吉林省, not of 吉林市)
                        if bare && text[idx[i + len]..].starts_with('省') {
                            continue;
                        }
                        // (nor one starting inside a prefecture's place name before it: 南通 of
                        // 黔南通报 is 黔南州's headline, 黔南 通报)
                        if bare
                            && (1..=i.min(3)).any(|k| {
                                (k + 1..=k + 3).filter(|&n| i - k + n < idx.len()).any(|n| {
                                    let base = &text[idx[i - k]..idx[i - k + n]];
                                    self.cities.contains_key(&format!("{base}州"))
                                        || self.cities.contains_key(&format!("{base}市"))
                                })
                            })
                        {
                            continue;
                        }
                        let others = bare
                            && self.full.index.longest_at(text, idx[i]).is_some_and(|(m, _)| {
                                !self.full.regions[m].iter().any(|&r| self.regions[r].city == c.0)
                            });
                        if !others {
                            return Some(c.clone());
                        }
                    }
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A district merged into another is found by its old full name, as the one it is now part of.
    #[test]
    fn a_merged_districts_old_name_is_the_district_it_joined() {
        let g = Gazetteer::global();
        for (text, want) in [
            ("日前召开的禁毒工作会议上，大港区各禁毒委成员单位密切配合", "滨海新区"),
            ("塘沽区禁毒委员会召开全体会议", "滨海新区"),
            ("闸北区禁毒办开展宣传活动", "静安区"),
            ("宣武区禁毒委员会部署工作", "西城区"),
            ("白下区禁毒社工站挂牌", "秦淮区"),
        ] {
            assert_eq!(g.find_county(text, "", false).map(|r| r.county.as_str()), Some(want), "{text}");
        }
        // (its short name alone is no county: 宣武门 is a gate)
        assert_eq!(g.find_county("宣武门外大街禁毒宣传", "", true).map(|r| r.county.as_str()), None);
    }

    /// A short name run on after a city's name (广州正阳社工) is a place of that city or a part of
    /// an organ's name there, no county of another city; after its own city's it is the county.
    #[test]
    fn a_short_name_after_another_citys_name_is_no_county() {
        let g = Gazetteer::global();
        for (text, want) in [
            ("广州正阳社工服务中心承接本项目", None),
            ("成都双流社工机构派驻社工", Some("双流区")),
            ("桂林临桂禁毒办开展宣传", Some("临桂区")),
            ("深圳宝安禁毒社工站", Some("宝安区")),
            ("杭州富阳禁毒宣传", Some("富阳区")),
            ("郑州金水禁毒社工", Some("金水区")),
            ("郑州正阳禁毒社工", None),
        ] {
            assert_eq!(g.find_county(text, "", true).map(|r| r.county.as_str()), want, "{text}");
        }
    }

    /// A short name going on as a town's (永和镇, 龙潭乡, 城南街道), an ethnic township's too
    /// (柳城畲族镇, 长坪土家族乡, 苗族侗族乡), names the town; going on as other words it may be the
    /// county (乡村振兴, 回族群众).
    #[test]
    fn a_short_name_going_on_as_a_towns_names_the_town() {
        for (after, want) in [
            ("镇禁毒工作", true),
            ("街道办事处", true),
            ("办事处禁毒办", true),
            ("办事处开展国际禁毒日宣传活动", true),
            ("乡政府", true),
            ("畲族镇、桃溪镇", true),
            ("土家族乡", true),
            ("苗族侗族乡", true),
            ("乡村振兴", false),
            ("回族群众", false),
            ("县禁毒办", false),
            ("族人民", false),
        ] {
            assert_eq!(town(after), want, "{after}");
        }
    }

    /// A county renamed since with another stem is found by its old name (郫县 of 2015 is
    /// today's 郫都区; 盘县 is 盘州市).
    #[test]
    fn an_old_name_of_one_characters_stem_finds_its_county() {
        let g = Gazetteer::global();
        for (text, want) in [("郫县禁毒委员会办公室2015年工作总结", "郫都区"), ("盘县2016年禁毒工作情况", "盘州市")]
        {
            assert_eq!(g.find_county(text, "", false).map(|r| r.county.as_str()), Some(want), "{text}");
        }
    }

    /// A province named as a city's stem and 省 (吉林省) names no city; the city's own name does.
    /// A place's name opening a medium's (a paper, a station, a site, a forum) names the
    /// source; opening a town's or an office's it is the place.
    #[test]
    fn a_place_opening_a_mediums_name_is_the_source() {
        for (after, want) in [
            ("社工网\n江苏省禁毒委下拨", true),
            ("禁毒网 2021-06-26", true),
            ("普法网讯", true),
            ("新闻网", true),
            ("网讯 记者", true),
            ("论坛 › 本地新闻", true),
            ("之窗", true),
            ("在线讯", true),
            ("禁毒网格员开展走访", false),
            ("网格化管理", false),
            ("县禁毒办", false),
            ("公安局破获", false),
            ("社区戒毒工作站", false),
            ("城区网点", false),
            ("警方网络巡查", false),
        ] {
            assert_eq!(medium(after), want, "{after}");
        }
    }

    #[test]
    fn a_province_of_a_citys_name_is_no_city() {
        let g = Gazetteer::global();
        let city = |t: &str| g.find_city(t).map(|c| c.0);
        assert_eq!(city("吉林省公安厅召开新闻发布会"), None);
        assert_eq!(city("吉林省禁毒委员会办公室"), None);
        assert_eq!(city("吉林省吉林市公安局"), Some("吉林市".to_string()));
        assert_eq!(city("吉林市禁毒办"), Some("吉林市".to_string()));
        assert_eq!(city("吉林禁毒工作会议"), Some("吉林市".to_string()));
        assert_eq!(city("长春市公安局"), Some("长春市".to_string()));
    }

    /// The pair index finds what an Aho-Corasick automaton of the same names finds: the
    /// leftmost-longest names, each name opening a text, and every name overlapping.
    fn index_agrees_with_an_automaton(index: &PairIndex, texts: &[String]) {
        use aho_corasick::{AhoCorasick, MatchKind};
        let build = |kind| AhoCorasick::builder().match_kind(kind).build(&index.names).unwrap();
        let (longest, standard) = (build(MatchKind::LeftmostLongest), build(MatchKind::Standard));
        for t in texts {
            let want: Vec<(usize, usize, usize)> =
                longest.find_iter(t).map(|m| (m.pattern().as_usize(), m.start(), m.end())).collect();
            assert_eq!(index.find_iter(t).collect::<Vec<_>>(), want, "{t}");
            for (i, _) in t.char_indices() {
                let want =
                    longest.find(&t[i..]).filter(|m| m.start() == 0).map(|m| (m.pattern().as_usize(), i + m.end()));
                assert_eq!(index.longest_at(t, i), want, "{t} at {i}");
            }
            let mut want: Vec<(usize, usize, usize)> =
                standard.find_overlapping_iter(t).map(|m| (m.pattern().as_usize(), m.start(), m.end())).collect();
            let mut got: Vec<_> = index.overlapping(t).collect();
            want.sort_unstable();
            got.sort_unstable();
            assert_eq!(got, want, "{t}");
        }
    }

    #[test]
    fn the_pair_index_finds_what_an_automaton_finds() {
        let g = Gazetteer::global();
        // texts run together from names and their pieces (a name inside a longer one, two
        // names sharing their first characters, a name cut short at the text's end)
        let mut pieces: Vec<String> =
            ["黑龙江省龙江县", "老河口市", "共和国", "禁毒", "，", "a", "1", "😀", "县", "区"]
                .iter()
                .map(|s| s.to_string())
                .collect();
        for r in g.regions.iter().step_by(37) {
            pieces.push(r.county.clone());
            pieces.push(r.city.clone());
            pieces.extend(strip_suffix(&r.county).map(str::to_string));
            pieces.push(r.county.chars().take(2).collect());
        }
        let mut seed = 7u64;
        let mut next = |n: usize| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n
        };
        let texts: Vec<String> =
            (0..300).map(|_| (0..next(12)).map(|_| pieces[next(pieces.len())].as_str()).collect()).collect();
        for index in [&g.full.index, &g.short.index, &g.containers.0] {
            index_agrees_with_an_automaton(index, &texts);
        }
    }

    #[test]
    fn every_place_name_has_two_characters_at_least() {
        // (`PairIndex::new` panics on any other: a gazetteer's build proves it of its names)
        let g = Gazetteer::global();
        for index in [&g.full.index, &g.short.index, &g.containers.0] {
            assert!(index.names.iter().all(|n| n.chars().count() >= 2));
            assert_eq!(index.ids.len(), index.names.len());
        }
    }

    #[test]
    fn prefectures_by_their_short_names() {
        for (name, short) in [
            ("黔南布依族苗族自治州", Some("黔南州")),
            ("湘西土家族苗族自治州", Some("湘西州")),
            ("伊犁哈萨克自治州", Some("伊犁州")),
            ("博尔塔拉蒙古自治州", Some("博尔塔拉州")),
            ("西双版纳傣族自治州", Some("西双版纳州")),
            ("海西蒙古族藏族自治州", Some("海西州")),
            ("长沙市", None),
        ] {
            assert_eq!(prefecture_base(name).as_deref(), short, "{name}");
        }
        let g = Gazetteer::global();
        assert_eq!(g.find_city("黔南州2022年禁毒工作通报").map(|c| c.0), Some("黔南布依族苗族自治州".into()));
        assert_eq!(g.find_city("恩施州禁毒委员会办公室").map(|c| c.0), Some("恩施土家族苗族自治州".into()));
        // (a prefecture's place name without its 州 going on into a city's stem — 黔南通报, 南通 —
        // names no city of that stem; the prefecture's own name in the text names it)
        assert_eq!(g.find_city("黔南通报禁毒会战战果"), None);
        assert_eq!(g.find_city("黔南通报：黔南州公安局").map(|c| c.0), Some("黔南布依族苗族自治州".into()));
        assert_eq!(g.find_city("江苏南通警方破获毒品案件").map(|c| c.0), Some("南通市".into()));
    }

    /// An autonomous county named after its people alone (东乡族自治县) by its place name
    /// (东乡县), beside a district of the same short name elsewhere (东乡区 in Jiangxi).
    #[test]
    fn a_county_named_after_its_people() {
        for (name, base) in [
            ("东乡族自治县", Some("东乡县")),
            ("耿马傣族佤族自治县", Some("耿马县")),
            ("积石山保安族东乡族撒拉族自治县", Some("积石山县")),
            ("东乡区", None),
        ] {
            assert_eq!(autonomous_base(name).as_deref(), base, "{name}");
        }
        let g = Gazetteer::global();
        for (text, ctx, county) in [
            ("分析甘肃省东乡县2017—2019年的禁毒工作报告", "", "东乡族自治县"),
            ("东乡县禁毒委员会办公室", "甘肃省", "东乡族自治县"),
            ("东乡区禁毒委员会办公室", "", "东乡区"),
        ] {
            assert_eq!(g.find_county(text, ctx, true).unwrap().county, county, "{text}");
        }
    }

    #[test]
    fn finds_counties() {
        let g = Gazetteer::global();
        let r = g.find_county("岳阳市岳阳楼区禁毒社会化服务中心", "", true).unwrap();
        assert_eq!((r.county.as_str(), r.city.as_str(), r.province.as_str()), ("岳阳楼区", "岳阳市", "湖南省"));
        assert_eq!(g.find_county("湘潭县禁毒委员会办公室", "", true).unwrap().city, "湘潭市");
        assert_eq!(g.find_county("我为开福禁毒代言，“开福禁毒”公众号", "", true).unwrap().county, "开福区");
        assert!(g.find_county("我为开福禁毒代言", "", false).is_none());
        // 鼓楼区 is in Nanjing, Xuzhou, Kaifeng and Fuzhou: the text's city decides
        assert_eq!(g.find_county("福州市鼓楼区禁毒办", "", true).unwrap().city, "福州市");
        assert_eq!(g.find_county("鼓楼区禁毒办", "江苏省南京市", true).unwrap().city, "南京市");
        assert_eq!(g.find_city("长沙市禁毒委员会办公室").unwrap().0, "长沙市");
        // a county named after a city is that city's when it lies in it (长沙县, 邵阳县), no
        // city's when it lies elsewhere (朝阳区 of 北京 and 长春, not of 朝阳市; 西安区 of 辽源)
        assert_eq!(g.find_city("长沙县禁毒委员会办公室").unwrap().0, "长沙市");
        assert_eq!(g.find_city("邵阳县公安局禁毒大队").unwrap().0, "邵阳市");
        assert_eq!(g.find_city("朝阳区禁毒办"), None);
        assert_eq!(g.find_city("西安区禁毒委员会办公室"), None);
        assert_eq!(g.find_city("朝阳市禁毒委员会办公室").unwrap().0, "朝阳市");
        assert_eq!(g.find_city("朝阳县禁毒委员会办公室").unwrap().0, "朝阳市");
    }

    /// Counties of one name (永定区 in 张家界 and in 龙岩, 朝阳区 in 北京 and 长春, 鼓楼区 in four
    /// cities): the city or province the text or its context names settles which; when none
    /// does, or one names both, there is no county rather than the first by code.
    #[test]
    fn same_named_counties_need_their_city() {
        let g = Gazetteer::global();
        let city = |t: &str, ctx: &str| g.find_county(t, ctx, true).map(|r| r.city.clone());
        for (t, ctx, want) in [
            ("张家界市永定区禁毒委员会办公室", "", Some("张家界市")),
            ("永定区禁毒办2022年工作总结", "湖南省张家界市", Some("张家界市")),
            ("龙岩市永定区公安局破获毒品刑事案件12起", "", Some("龙岩市")),
            ("永定区禁毒委召开全区禁毒工作会议", "福建省", Some("龙岩市")),
            ("永定区禁毒委召开全区禁毒工作会议", "", None),
            ("永定区今年以来查处吸毒人员45人", "全区上下", None),
            ("朝阳区禁毒办开展禁毒宣传进社区活动", "", None),
            ("朝阳区禁毒办开展禁毒宣传进社区活动", "北京市", Some("北京市")),
            ("朝阳区禁毒办开展禁毒宣传进社区活动", "吉林省长春市", Some("长春市")),
            // 鼓楼区 of 南京 and of 徐州 are both in 江苏: the province alone does not decide
            ("鼓楼区禁毒办", "江苏省", None),
            // …another county of its city named beside it does
            ("鼓楼区、玄武区禁毒办联合开展禁毒宣传进校园活动", "", Some("南京市")),
            ("永定区禁毒办会同慈利县、桑植县禁毒办开展交叉检查", "", Some("张家界市")),
            ("永定区与新罗区、上杭县联合开展禁毒集中清查行动", "", Some("龙岩市")),
            ("鼓楼区禁毒办", "江苏省徐州市", Some("徐州市")),
        ] {
            assert_eq!(city(t, ctx).as_deref(), want, "{t} / {ctx}");
        }
        // 永定县 was 龙岩's only (a district since 2014); one county of its name is found as before
        assert_eq!(city("永定县禁毒办", "").as_deref(), Some("龙岩市"));
        assert_eq!(city("慈利县禁毒委员会办公室", "").as_deref(), Some("张家界市"));
    }

    /// Counties of one name the text leaves tied are placed by the folders the file sits in
    /// (…/上海市/…), and only those: the path overrides no place the text names, and names no
    /// county by itself.
    #[test]
    fn same_named_counties_left_tied_are_placed_by_the_files_folders() {
        let g = Gazetteer::global();
        let city = |hint: &str, t: &str| with_place_hint(hint, || g.find_county(t, "", true).map(|r| r.city.clone()));
        assert_eq!(city("reports/上海市/2016/a.txt", "普陀区禁毒办2016年工作总结").as_deref(), Some("上海市"));
        assert_eq!(city("报告/浙江省/舟山市/b.txt", "普陀区禁毒办2016年工作总结").as_deref(), Some("舟山市"));
        assert_eq!(city("reports/a.txt", "普陀区禁毒办2016年工作总结"), None);
        // the text's own city stands
        assert_eq!(city("reports/上海市/c.txt", "舟山市普陀区禁毒办").as_deref(), Some("舟山市"));
        // no county from the path alone
        assert_eq!(city("reports/上海市/普陀区/d.txt", "禁毒办2016年工作总结"), None);
        // and the hint is gone after the call
        assert_eq!(g.find_county("普陀区禁毒办", "", true), None);
    }

    /// A county under another name: miswritten by its sound (关山湖区, 观山湖区 of 贵阳) or as it
    /// was called before a renaming that changed its stem (蓟县, 林芝县); reported under its name.
    #[test]
    fn counties_under_other_names() {
        let g = Gazetteer::global();
        for (t, want) in [
            ("贵阳关山湖区近三年禁毒工作取得明显成效", "观山湖区"),
            ("关山湖区禁毒委员会办公室2020年工作总结", "观山湖区"),
            ("观山湖区禁毒委员会办公室2020年工作总结", "观山湖区"),
            ("2015年，蓟县公安局共破获毒品刑事案件21起", "蓟州区"),
            ("林芝县禁毒委员会办公室", "巴宜区"),
            ("那曲县公安局禁毒大队", "色尼区"),
            ("宜宾县禁毒委员会办公室2017年工作总结", "叙州区"),
            ("2015年，遵义县共破获毒品刑事案件40起", "播州区"),
            ("上饶县公安局禁毒大队", "广信区"),
        ] {
            assert_eq!(g.find_county(t, "", true).map(|r| r.county.as_str()), Some(want), "{t}");
        }
        // the banners by their short names
        for (t, want) in [
            ("察右前旗禁毒委员会办公室2022年禁毒工作总结", "察哈尔右翼前旗"),
            ("科左中旗公安局2021年禁毒工作成效显著", "科尔沁左翼中旗"),
            ("达茂旗禁毒办：全旗查处吸毒人员14人", "达尔罕茂明安联合旗"),
            ("阿左旗禁毒委员会2023年工作总结", "阿拉善左旗"),
            ("2022年，东乌旗公安局共破获毒品刑事案件3起", "东乌珠穆沁旗"),
        ] {
            assert_eq!(g.find_county(t, "", true).map(|r| r.county.as_str()), Some(want), "{t}");
        }
        // 林芝 alone is the city (林芝市), no county
        assert!(g.find_county("林芝市禁毒委员会办公室", "", true).is_none());
    }

    /// A state-level new area (贵安新区, 雄安新区) is no county, nor does it name the county whose
    /// short name stands inside it (安新 of 安新县); 安新县 itself is still found.
    #[test]
    fn no_county_from_inside_a_new_area() {
        let g = Gazetteer::global();
        for t in
            ["贵安新区禁毒办2022年工作总结", "雄安新区公安局破获毒品刑事案件8起", "2023年，贵安新区共查处吸毒人员30人"]
        {
            assert!(g.find_county(t, "", true).is_none(), "{t}");
        }
        assert_eq!(g.find_county("安新县禁毒委员会办公室", "", true).unwrap().city, "保定市");
        assert_eq!(g.find_county("安新禁毒工作，全县查处吸毒人员12人", "", true).unwrap().county, "安新县");
    }

    /// 上街 (上街区 of 郑州) is an ordinary verb in drug-control news (走上街头, 上街宣传): it names
    /// no county by itself, while 上街区 does.
    #[test]
    fn no_county_from_going_onto_the_street() {
        let g = Gazetteer::global();
        for t in [
            "分局领导带领民警走上街头，为广大群众发放禁毒宣传手册",
            "禁毒志愿者上街宣传禁毒知识",
            "组织禁毒社工上街开展“6·26”宣传活动",
        ] {
            assert!(g.find_county(t, "", true).is_none(), "{t}");
        }
        assert_eq!(g.find_county("郑州市上街区禁毒委员会办公室", "", true).unwrap().county, "上街区");
    }

    /// 华 of 中华 (中华龙都网, a news site) opens no 华龙区; 华龙区 and 华安县 by themselves do.
    #[test]
    fn no_county_from_inside_china() {
        let g = Gazetteer::global();
        for t in [
            "中华龙都网讯 近日，记者获悉，全区禁毒工作取得良好成效",
            "据中华龙都网报道，我区禁毒宣传进校园",
            "繁华安定的社会环境",
        ] {
            assert!(g.find_county(t, "", true).is_none(), "{t}");
        }
        assert_eq!(g.find_county("濮阳市华龙区禁毒委员会办公室", "", true).unwrap().county, "华龙区");
        assert_eq!(g.find_county("华龙区禁毒办开展宣传，全区共查处吸毒人员12人", "", true).unwrap().county, "华龙区");
        assert_eq!(g.find_county("华安县禁毒委员会办公室", "", true).unwrap().city, "漳州市");
        assert_eq!(
            g.find_county("2020年华龙区禁毒办专项项目年初支出预算为13.31万元", "", true).unwrap().county,
            "华龙区"
        );
    }

    /// A short name whose characters a city's or a province's name standing there shares at one
    /// end is no county's: 平安福州 holds 福州 (福建), not 安福 of 安福县 (江西); 河南安阳 holds 河南,
    /// not 南安 of 南安市. The county's own name beside its city still stands (吉安市安福县).
    #[test]
    fn no_county_from_across_a_citys_name() {
        let g = Gazetteer::global();
        for t in ["围绕建设更高水平“平安福州”，全面实施全民禁毒工程", "河南安阳警方破获一起贩毒案"]
        {
            assert!(g.find_county(t, "", true).is_none(), "{t}");
        }
        assert_eq!(g.find_county("吉安市安福县禁毒委员会办公室", "", true).unwrap().county, "安福县");
        assert_eq!(g.find_county("安福禁毒工作取得成效，全县破获毒品案件9起", "", true).unwrap().county, "安福县");
    }

    #[test]
    fn no_county_from_a_persons_name() {
        let g = Gazetteer::global();
        for t in [
            "广西公安厅副厅长梁宏伟26日介绍,今年5月开始打击毒品犯罪",
            "县委书记张宁阳在会上要求各单位落实禁毒责任",
            "据介绍,王宁阳表示禁毒工作成效明显",
        ] {
            assert_eq!(g.find_county(t, "", true).map(|r| r.county.as_str()), None, "{t}");
        }
        // a place named beside a person is still found
        let t = "宏伟区禁毒办主任刘明介绍,宏伟开展禁毒宣传";
        assert_eq!(g.find_county(t, "", true).map(|r| r.county.as_str()), Some("宏伟区"));
        assert_eq!(g.find_county("在宁阳开展禁毒宣传活动", "", true).map(|r| r.county.as_str()), Some("宁阳县"));
    }

    /// A county named only as where a facility stands (位于…灵武市的…中心) is not the text's: a
    /// region's or a city's text keeps no county from it; a town telling its county (某镇位于某县的
    /// 东南部) and a county named elsewhere still are found.
    #[test]
    fn no_county_from_a_facilitys_site() {
        let g = Gazetteer::global();
        for t in [
            "全区毒品被送到位于宁夏灵武市的环境资源有限公司集中焚毁",
            "全市组织学生参观位于会宁县的禁毒教育基地",
            "缴获的毒品运往位于甘肃省榆中县的危险废物处置中心销毁",
        ] {
            assert_eq!(g.find_county(t, "", false).map(|r| r.county.as_str()), None, "{t}");
        }
        for (t, want) in [
            ("白银市平川区共和镇位于平川区的东南部，全镇开展禁毒宣传", "平川区"),
            ("会宁县禁毒办组织学生参观位于会宁县的禁毒教育基地", "会宁县"),
            ("灵武市位于宁夏中部，全市查处吸毒人员20人", "灵武市"),
        ] {
            assert_eq!(g.find_county(t, "", false).map(|r| r.county.as_str()), Some(want), "{t}");
        }
    }

    #[test]
    fn no_county_from_inside_a_longer_place_name() {
        let g = Gazetteer::global();
        // 黑龙江 holds 龙江 (龙江县), 老河口 holds 河口 (河口区, 河口瑶族自治县)
        assert!(g.find_county("黑龙江省禁毒委员会办公室", "", true).is_none());
        assert_eq!(g.find_county("龙江县禁毒委员会办公室", "", true).unwrap().city, "齐齐哈尔市");
        let names: Vec<&str> = g.short_names("老河口禁毒").iter().map(|h| g.regions[h.0].county.as_str()).collect();
        assert_eq!(names, ["老河口市"]);
        assert!(g.short_names("黑龙江禁毒").is_empty());
        assert_eq!(g.find_province("黑龙江省禁毒委").as_deref(), Some("黑龙江省"));
        assert_eq!(g.find_province("广西禁毒工作").as_deref(), Some("广西壮族自治区"));
        assert_eq!(g.find_province("全县禁毒工作"), None);
        // a short name that is an ordinary word (会同有关部门, 新建禁毒教育基地) names no county
        assert!(g.short_names("县禁毒办会同有关部门新建禁毒教育基地").is_empty());
        // …nor the country's name (共和 of 共和县 in 中华人民共和国), while 共和县 itself is one
        assert!(g.short_names("深入宣传《中华人民共和国禁毒法》").is_empty());
        assert!(g.find_county("区禁毒办认真贯彻《中华人民共和国禁毒法》和《禁毒条例》", "", true).is_none());
        assert_eq!(g.find_county("共和县禁毒委员会办公室", "", true).unwrap().province, "青海省");
        // (a county-level city or a district by its name as a county before)
        for (t, county) in [
            ("横县禁毒委员会办公室", "横州市"),
            ("邵东县公安局", "邵东市"),
            ("彬县禁毒办", "彬州市"),
            ("华县公安局", "华州区"),
            ("宁乡县禁毒委", "宁乡市"),
        ] {
            assert_eq!(g.find_county(t, "", true).map(|r| r.county.as_str()), Some(county), "{t}");
        }
        // (…not inside a word: 纵横县域, 繁华县城)
        for t in ["禁毒宣传纵横县域各乡镇", "繁华县城的娱乐场所"] {
            assert!(g.find_county(t, "", false).is_none(), "{t}");
        }
        // (a county of that name today keeps it: 长沙县 is no 长沙市)
        assert_eq!(g.find_county("长沙县禁毒委", "", true).map(|r| r.county.as_str()), Some("长沙县"));
        // (和 joining two words, the second a county's own, names no 和县; 和县 itself does)
        for t in ["庞某和县禁毒委工作人员一同走访", "县公安局和县教育局联合开展宣传", "张三和县长一起检查"]
        {
            assert!(g.find_county(t, "", true).is_none_or(|r| r.county != "和县"), "{t}");
        }
        for t in ["和县禁毒委员会办公室", "安徽省和县公安局", "马鞍山市和县禁毒办"] {
            assert_eq!(g.find_county(t, "", true).map(|r| r.county.as_str()), Some("和县"), "{t}");
        }
        assert_eq!(g.short_names("共和禁毒").len(), 1);
        // a city's nickname that is a county's short name too (江城 of 武汉/吉林/芜湖, 龙城 of
        // 太原/常州/柳州, 榕城 of 福州, 山城 of 重庆) names no county; the county's full name does
        for t in [
            "江城去年查处吸毒人员8600余人次",
            "龙城警方今年以来破获毒品刑事案件46起",
            "榕城禁毒志愿者走进社区开展宣传",
            "山城禁毒社工服务站全年开展活动120场",
            "古城警方今年以来破获毒品刑事案件46起",
        ] {
            assert!(g.short_names(t).is_empty(), "{t}");
        }
        for (t, county) in [
            ("阳江市江城区禁毒委员会办公室", "江城区"),
            ("朝阳市龙城区公安分局禁毒大队", "龙城区"),
            ("揭阳市榕城区禁毒办", "榕城区"),
            ("鹤壁市山城区禁毒委", "山城区"),
            ("丽江市古城区禁毒委员会办公室", "古城区"),
        ] {
            assert_eq!(g.find_county(t, "", true).map(|r| r.county.as_str()), Some(county), "{t}");
        }
        // 全州 (全州县) is the whole of a prefecture (海西州, 红河州 …) far more often than the
        // county: only its full name names it
        for t in [
            "2015年全州共破获各类毒品案件47起",
            "全州上下紧紧围绕改革发展稳定大局",
            "截至目前，全州现有吸毒人员2100名",
            "全州各级禁毒部门深入开展清源断流行动",
            "全州范围内开展禁毒宣传月活动",
            "全州公安机关破获毒品刑事案件12起",
            "2015年海西全州禁毒工作成效显著",
            "目前全州有易制毒化学品企业68家",
            // nor 安居 / 乐业 (安居区, 乐业县) inside the idiom 安居乐业
            "保障人民群众安居乐业做出了积极贡献",
        ] {
            assert!(g.find_county(t, "", true).is_none(), "{t}");
        }
        assert_eq!(g.find_county("全州县禁毒委员会办公室", "", true).unwrap().province, "广西壮族自治区");
    }

    #[test]
    fn no_county_from_a_word_ending_in_its_stem() {
        let g = Gazetteer::global();
        for t in [
            "全国禁毒示范县创建工作推进会召开",
            "争创全国禁毒示范县，全县查处吸毒人员120人",
            "为全市禁毒工作作出贡献县委常委会专题研究禁毒工作",
            "以模范县标准推进禁毒社会化工作",
        ] {
            assert_eq!(g.find_county(t, "", true).map(|r| r.county.as_str()), None, "{t}");
        }
        // the counties themselves are still named
        for (t, want) in [("范县禁毒委员会办公室2023年工作总结", "范县"), ("献县公安局破获毒品刑事案件12起", "献县")]
        {
            assert_eq!(g.find_county(t, "", true).map(|r| r.county.as_str()), Some(want), "{t}");
        }
    }

    #[test]
    fn places_opening_a_clause() {
        let g = Gazetteer::global();
        assert!(matches!(g.leading_place("泸县开展禁毒宣传活动"), Some(Leading::County(r)) if r[0].county == "泸县"));
        assert!(matches!(g.leading_place("赣州市破获毒品刑事案件"), Some(Leading::City(c)) if c == "赣州市"));
        assert!(g.leading_place("全市破获毒品刑事案件").is_none());
    }
}
