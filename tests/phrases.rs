//! Table tests: real-world phrasings of county reports → the figure a careful reader takes.
//! Each case is one or two sentences in the style of a county 禁毒办/司法局 report, wrapped in
//! a title of the given kind; expectations are `field=value` (with `~ < <= > >=` for a
//! qualifier) or `!field` (the sentence must not yield that field).

use jixiao::extract::extract_text;
use jixiao::model::{Field, Kind};

const W: Kind = Kind::Whole;
const P: Kind = Kind::Project;
const S: Kind = Kind::Summary;

fn wrap(kind: Kind, text: &str) -> String {
    let title = match kind {
        Kind::Project => "平江县禁毒委员会办公室2023年度禁毒专项经费项目支出绩效自评报告",
        Kind::Summary => "平江县禁毒委员会办公室2023年禁毒工作总结",
        _ => "平江县禁毒委员会办公室2023年度部门整体支出绩效自评报告",
    };
    format!("{title}\n一、基本情况\n{text}\n")
}

fn check(kind: Kind, text: &str, expect: &[&str]) -> Vec<String> {
    let doc = wrap(kind, text);
    let recs = extract_text("case.txt", &doc);
    let mut errs = Vec::new();
    let Some(r) = recs.first() else {
        return vec![format!("{text}: no record")];
    };
    for e in expect {
        if let Some(name) = e.strip_prefix('!') {
            let f = Field::from_name(name).unwrap_or_else(|| panic!("unknown field {name}"));
            if let Some(x) = r.get(f) {
                errs.push(format!("{text}\n    {name} should be absent, got {}", x.value));
            }
            continue;
        }
        let (name, rest) = e.split_once('=').unwrap();
        let f = Field::from_name(name).unwrap_or_else(|| panic!("unknown field {name}"));
        let q = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == '-');
        let v: f64 = rest[..rest.len() - q.len()].parse().unwrap();
        match r.get(f) {
            None => errs.push(format!("{text}\n    {name} missing (want {rest})")),
            Some(x) if (x.value - v).abs() > 1e-6 || x.qualifier.symbol() != q => {
                errs.push(format!("{text}\n    {name}={}{} (want {rest})", x.value, x.qualifier.symbol()))
            }
            // the figure's provenance is a sentence of the case itself (as normalised for reading)
            Some(x) if x.snippet.is_empty() || !squeeze(&doc).contains(&squeeze(&x.snippet)) => {
                errs.push(format!("{text}\n    {name}: snippet {:?} is not a sentence of the case", x.snippet))
            }
            Some(_) => {}
        }
    }
    errs
}

/// Text as the reader normalises it (full-width forms, table pipes), without white space or
/// the colon a form's label and value cells are joined with.
fn squeeze(s: &str) -> String {
    s.lines()
        .map(jixiao::extract::text::normalize_line)
        .collect::<String>()
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '|' | '：' | ':'))
        .collect()
}

fn run(cases: &[(Kind, &str, &[&str])]) {
    let errs: Vec<String> = cases.iter().flat_map(|(k, t, e)| check(*k, t, e)).collect();
    assert!(errs.is_empty(), "{} of {} cases failed:\n{}", errs.len(), cases.len(), errs.join("\n"));
}

#[test]
fn money_totals() {
    run(&[
        (
            W,
            "2023年度部门整体支出预算数为125.6万元，实际支出120.3万元，预算执行率为95.78%。",
            &["budget_total=125.6", "actual_total=120.3", "execution_rate_stated=95.78"],
        ),
        (W, "年初预算65万元，支出64.19万元。", &["budget_total=65", "actual_total=64.19"]),
        (
            W,
            "本年度收入预算150万元，支出预算150万元，全年决算支出148.2万元。",
            &["budget_total=150", "actual_total=148.2"],
        ),
        (
            W,
            "2022年度支出决算总额为300万元，其中基本支出200万元，项目支出100万元。",
            &["actual_total=300", "basic_actual=200", "project_actual=100"],
        ),
        (W, "全年预算数1,277.6万元，执行数1,233.06万元。", &["budget_total=1277.6", "actual_total=1233.06"]),
        // the adjusted budget over the one the year opened with, in one sentence
        (
            W,
            "2023年部门预算安排200万元，年中追加20万元，调整后预算220万元，实际支出212.4万元。",
            &["budget_total=220", "actual_total=212.4"],
        ),
        (
            W,
            "年初批复预算180万元，年中调减10万元，全年预算170万元，全年执行168.3万元，执行率99%。",
            &["budget_total=170", "actual_total=168.3", "execution_rate_stated=99"],
        ),
        // the year's running total is the year's
        (W, "2023年全年累计支出128.6万元，占年度预算的96.5%。", &["actual_total=128.6"]),
        (W, "2019年以来累计投入禁毒经费1200万元。", &["!actual_total", "!budget_total"]),
        // the share of the budget spent, by other names
        (
            W,
            "2023年度财政拨款支出决算为176.4万元，完成预算的97.2%。",
            &["actual_total=176.4", "execution_rate_stated=97.2"],
        ),
        (W, "2023年预算完成率为97.5%。", &["execution_rate_stated=97.5"]),
        (W, "一般公共预算财政拨款支出决算数为455.3万元，完成年初预算的96.4%。", &["execution_rate_stated=96.4"]),
        (
            P,
            "截至年底，项目资金支出142.8万元，资金使用率95.2%。",
            &["actual_total=142.8", "execution_rate_stated=95.2"],
        ),
        // decimals of 万 in Chinese numerals (四点五万起)
        (
            S,
            "全年共破获毒品犯罪案件四点五万起，强制戒毒二十九点八万人次。",
            &["criminal_cases=45000", "compulsory_rehab=298000"],
        ),
        // a level after its change (新发现吸毒人员同比下降28.6%，为15人)
        (S, "新发现吸毒人员同比下降28.6%，为15人。", &["new_users=15"]),
        (S, "新发现吸毒人员同比减少6人。", &["!new_users"]),
        // the sources of the funds listed after their total are no spending
        (P, "项目资金总额150万元，其中省级补助80万元、县级配套70万元。", &["budget_total=150", "!actual_total"]),
        (
            P,
            "项目资金总额150万元，其中中央补助资金100万元、地方配套资金50万元，年末支出142.8万元。",
            &["budget_total=150", "actual_total=142.8"],
        ),
        // one item's rate (“三公”经费) is not the budget's
        (
            W,
            "2023年“三公”经费预算数3万元，决算数2.6万元，完成预算的86.67%。",
            &["sangong_budget=3", "sangong_actual=2.6", "!execution_rate_stated"],
        ),
        (W, "部门整体支出预算执行率97.1%，“三公”经费较上年下降12%。", &["execution_rate_stated=97.1"]),
        (W, "全年预算执行进度为96.3%。", &["execution_rate_stated=96.3"]),
        // a project's planned outlay and what was paid
        (P, "项目总投资45万元，其中财政资金45万元，已完成支付43.2万元。", &["budget_total=45", "actual_total=43.2"]),
        (P, "项目预算执行金额为48.6万元。", &["actual_total=48.6"]),
        (
            P,
            "该项目年初预算50万元，全年到位资金50万元，实际支出48.6万元，预算执行率97.2%。",
            &["budget_total=50", "actual_total=48.6", "execution_rate_stated=97.2"],
        ),
        (
            W,
            "部门年初预算安排资金80万元，年中追加10万元，调整后预算90万元，全年实际支出88.5万元。",
            &["budget_total=90", "actual_total=88.5"],
        ),
        (W, "本单位2023年一般公共预算财政拨款收入120万元，支出合计118万元。", &["actual_total=118", "!budget_total"]),
        (
            W,
            "2023年部门预算总额为236.5万元，全年共支出230.1万元，执行率97.3%。",
            &["budget_total=236.5", "actual_total=230.1", "execution_rate_stated=97.3"],
        ),
        (W, "全年总支出1,234,567.89元。", &["actual_total=123.456789"]),
        (W, "全年预算资金三十五万元，实际使用三十四万元。", &["budget_total=35", "actual_total=34"]),
        (W, "年初预算数为２３６．５万元，决算数为２３０．１万元。", &["budget_total=236.5", "actual_total=230.1"]),
        (W, "2023年预算支出52.3万元，较上年减少8.1万元，下降13.4%。", &["budget_total=52.3", "!actual_total"]),
        (W, "本年支出比上年增加12万元，主要是人员增加。", &["!actual_total", "!budget_total"]),
        (W, "2023年结转结余资金2.5万元。", &["!actual_total", "!budget_total"]),
        (W, "上年决算支出98万元，本年决算支出105万元。", &["actual_total=105"]),
        (W, "全年支出由上年的98万元增加至105万元。", &["actual_total=105"]),
        (W, "预算执行率=决算数/预算数×100%=（230.12/234.56）×100%=98.11%。", &["execution_rate_stated=98.11"]),
        (W, "上年支出为98万元。", &["!actual_total"]),
        (
            P,
            "县财政安排禁毒工作经费80万元，实际支出78.6万元，预算执行进度达98.25%。",
            &["budget_total=80", "actual_total=78.6", "execution_rate_stated=98.25"],
        ),
        (W, "全年预算数为300千元，决算数为287千元。", &["budget_total=30", "actual_total=28.7"]),
        (W, "部门整体支出预算1.2亿元，实际支出1.1亿元。", &["budget_total=12000", "actual_total=11000"]),
        (W, "年初预算数与全年预算数均为60万元，全年执行数58.8万元。", &["budget_total=60", "actual_total=58.8"]),
        (W, "本单位2023年度收入合计88万元，其中财政拨款收入88万元。", &["!budget_total", "!actual_total"]),
        (
            W,
            "2022年度收入总计156.32万元，其中一般公共预算财政拨款156.32万元；支出总计152.18万元。",
            &["!budget_total", "actual_total=152.18"],
        ),
        (W, "全年预算执行数45.6万元，预算执行率为91.2%。", &["actual_total=45.6", "execution_rate_stated=91.2"]),
    ]);
}

#[test]
fn money_parts() {
    run(&[
        (W, "2024年基本支出预算数87.56万元，其中：人员经费76.76万元，公用经费10.8万元；决算数81.51万元，其中：人员经费76.44万元，公用经费5.07万元。", &["basic_budget=87.56", "personnel_budget=76.76", "public_budget=10.8", "basic_actual=81.51", "personnel_actual=76.44", "public_actual=5.07"]),
        (W, "2021年基本支出130.85万元，较上年增加7.29万元。基本支出中人员经费29.76万元，占基本支出的23%，与上年增加1.02万元；日常公用经费101.09万元（含拨付其他单位禁毒工作经费68万余元），占基本支出的77%。", &["basic_actual=130.85", "personnel_actual=29.76", "public_actual=101.09"]),
        (W, "2021年我单位无项目支出。", &["project_actual=0"]),
        // a Markdown table, as a report converted to .md arrives
        (W, "| 项目 | 预算数（万元） | 决算数（万元） | 执行率 |\n| --- | --- | --- | --- |\n| 合计 | 210 | 205.8 | 98% |\n| 基本支出 | 95.2 | 94.8 | 99.58% |\n| 项目支出 | 114.8 | 111 | 96.69% |", &["budget_total=210", "actual_total=205.8", "basic_budget=95.2", "basic_actual=94.8", "project_budget=114.8", "project_actual=111"]),
        (W, "“三公”年初预算数0万元，本年决算支出数0万元。", &["sangong_budget=0", "sangong_actual=0"]),
        (W, "三公经费预算3万元，实际支出2.1万元，其中公务接待费0.6万元，公务用车运行维护费1.5万元。", &["sangong_budget=3", "sangong_actual=2.1"]),
        (W, "2023年项目支出预算数117万元，本年项目支出\n\n决算数 256.32 万元，主要用于业务工作的经费。", &["project_budget=117", "project_actual=256.32"]),
        (W, "人员经费支出45.2万元，占基本支出的78.5%；公用经费支出12.4万元，占基本支出的21.5%。", &["personnel_actual=45.2", "public_actual=12.4"]),
        (W, "基本支出决算数57.6万元，占总支出的64%；项目支出决算数32.4万元，占总支出的36%。", &["basic_actual=57.6", "project_actual=32.4"]),
        (W, "本年度未发生“三公”经费支出。", &["sangong_actual=0"]),
        (W, "工资福利支出38万元，商品和服务支出9.5万元。", &["personnel_actual=38", "public_actual=9.5"]),
        (W, "基本支出全年预算42万元，实际支出41.3万元，执行率98.3%。", &["basic_budget=42", "basic_actual=41.3"]),
        (W, "项目支出全年预算数20万元，全年执行数18万元，项目执行率90%。", &["project_budget=20", "project_actual=18"]),
        (W, "①禁毒社会化工作经费20万元，用于禁毒预防宣传教育、办公、差旅费19.19万元；②特殊违法犯罪人员收治经费35元。", &["!budget_total", "!actual_total"]),
        (W, "人均公用经费1.2万元，每人每年5万元的标准。", &["!public_actual", "!actual_total"]),
        (W, "2019年以来累计投入禁毒经费500万元。", &["!actual_total", "!budget_total"]),
        (W, "“三公”经费支出为零。", &["sangong_actual=0"]),
        // a list of parts after 其中 ends at a semicolon: a clause after it that names only a
        // stage is the whole's, not the last part's (项目支出预算88.6万元；全年实际支出151.37万元)
        (W, "2023年度全年预算数为156.8万元，其中基本支出预算68.2万元、项目支出预算88.6万元；全年实际支出151.37万元，其中基本支出66.95万元，项目支出84.42万元。", &["budget_total=156.8", "basic_budget=68.2", "project_budget=88.6", "actual_total=151.37", "basic_actual=66.95", "project_actual=84.42"]),
        (W, "本年收支预算总额210万元，其中：基本支出120万元，项目支出90万元；决算支出总额203.6万元，其中基本支出118.2万元，项目支出85.4万元。", &["budget_total=210", "basic_budget=120", "project_budget=90", "actual_total=203.6", "basic_actual=118.2", "project_actual=85.4"]),
        (W, "年度预算安排98万元，其中人员经费52万元、公用经费16万元、项目经费30万元；实际支出95.1万元。", &["budget_total=98", "actual_total=95.1", "!project_actual"]),
        // (…while a part's own stages, comma after comma, stay the part's)
        (W, "全年预算86万元，其中项目支出预算40万元，实际支出38.5万元。", &["budget_total=86", "project_budget=40", "project_actual=38.5"]),
    ]);
}

#[test]
fn money_projects() {
    run(&[
        (P, "2021年禁毒办专项项目年初支出预算为1277.6万元。项目实际支出为1233.06万元。", &["budget_total=1277.6", "actual_total=1233.06"]),
        (P, "根据上级文件精神以及该项工作的实际需要县财政共安排工作经费20万元。2021年社区戒毒康复站点工作运行经费实际开支21.81万元。", &["budget_total=20", "actual_total=21.81"]),
        (P, "该项目预算资金50万元，已全部拨付到位，实际支出48.6万元，资金执行率97.2%。", &["budget_total=50", "actual_total=48.6", "execution_rate_stated=97.2"]),
        (P, "项目资金总额30万元，其中宣传费12万元，尿检试剂采购费8万元，其他10万元。", &["budget_total=30"]),
        (P, "专项资金下达45万元，截至年底支出42.3万元。", &["budget_total=45", "actual_total=42.3"]),
        (P, "本项目年初预算数、全年预算数均为15万元，全年执行数15万元，执行率100%。", &["budget_total=15", "actual_total=15", "execution_rate_stated=100"]),
        (P, "项目资金结余2.1万元，结转下年使用。", &["!actual_total", "!budget_total"]),
        (P, "县财政安排禁毒工作专项经费壹佰贰拾万元，实际支出壹佰壹拾捌万元。", &["budget_total=120", "actual_total=118"]),
    ]);
}

#[test]
fn enforcement_counts() {
    run(&[
        (W, "全年共侦破毒品刑事案件58起，刑事拘留毒品犯罪嫌疑人198人，移送起诉毒品犯罪嫌疑人182人；查处吸毒违法嫌疑人349人，强制隔离戒毒90人，指定场所自愿戒毒45人。", &["criminal_cases=58", "detained=198", "prosecuted=182", "users_caught=349", "compulsory_rehab=90"]),
        (W, "共查获涉毒人员17人，其中刑拘3人，行政处罚14人，强制戒毒8人。", &["users_caught=17", "detained=3", "compulsory_rehab=8"]),
        (W, "全年破获毒品案件12起，抓获毒品犯罪嫌疑人15名，缴获毒品海洛因35克。", &["criminal_cases=12", "!detained"]),
        // 立案 (cases opened) is not 破获 (cases solved): issue 8, point 5
        (W, "立案侦办毒品刑事案件6起，刑拘7人，逮捕5人。", &["!criminal_cases", "detained=7"]),
        (W, "查获吸毒人员42名，其中新发现吸毒人员9名。", &["users_caught=42", "new_users=9"]),
        (W, "抓获吸毒人员23人次，送强制隔离戒毒11人。", &["users_caught=23", "compulsory_rehab=11"]),
        (W, "检察院受理审查起诉案件77案190人，审结78案192人。", &["!prosecuted", "!criminal_cases"]),
        (W, "依法查处三起涉易制毒化学品企业行政案件。", &["!criminal_cases"]),
        (W, "强戒执行率100%，社戒社康“零脱失”。", &["!compulsory_rehab", "!control_rate"]),
        (W, "全年共破获毒品刑事案件二十一起，刑事拘留二十五人。", &["criminal_cases=21", "detained=25"]),
        (W, "全县侦破毒品刑事案件同比上升20%，达到18起。", &["criminal_cases=18"]),
        (W, "打掉贩毒团伙20个，人案比3.795。", &["!criminal_cases"]),
        // 收戒 is taking users into a rehab centre (查处…，收戒… are two counts): compulsory rehab
        (W, "今年以来，共收戒吸毒人员30人。", &["compulsory_rehab=30", "!users_caught"]),
        (W, "移送审查起诉毒品犯罪嫌疑人26名。", &["prosecuted=26"]),
        // 查出 (found out) is 查获's word in some cities' news
        (S, "查出吸毒人员2341人，同比增长近六成，强制隔离戒毒319人。", &["users_caught=2341", "compulsory_rehab=319"]),
        (S, "全年共查出吸毒人员86名。", &["users_caught=86"]),
        (S, "查出涉毒违法犯罪人员45名。", &["!users_caught"]),
        // 审查起诉 of persons (a police or procuratorate summary's count) is prosecuted; what
        // the procuratorate received for review (受理) is not
        (W, "全年依法审查起诉涉毒人员46名，判处有期徒刑以上刑罚41人。", &["prosecuted=46"]),
        (W, "全市公安机关刑事拘留毒品犯罪嫌疑人3512人，审查起诉3058人。", &["detained=3512", "prosecuted=3058"]),
        (W, "侦破毒品刑事案件85起，提请审查起诉犯罪嫌疑人97人。", &["criminal_cases=85", "prosecuted=97"]),
        (W, "县检察院受理审查起诉毒品犯罪案件19件27人。", &["!prosecuted"]),
    ]);
}

#[test]
fn prevention_and_testing() {
    run(&[
        (W, "全年组织开展禁毒宣传1094场次，媒体报道779篇。", &["publicity_events=1094"]),
        (W, "全年共开展禁毒宣传活动326场，发放宣传资料5万余份。", &["publicity_events=326"]),
        (W, "开展各类禁毒宣传活动180余场次，受教育群众3万余人次。", &["publicity_events=180~"]),
        (W, "组织业务培训25场，发放宣传资料12000余份。", &["!publicity_events"]),
        (
            W,
            "全区共开展污水采样检测152次，涉毒尿检23000余次，清查整治528次。",
            &["wastewater_tests=152", "urine_tests=23000~"],
        ),
        (W, "每季度开展污水检测工作，全年开展污水验毒4次。", &["wastewater_tests=4"]),
        (W, "对社区戒毒社区康复人员开展尿检3560人次。", &["urine_tests=3560"]),
        (W, "逐月清理社区戒毒（康复）尿检缺少 2 次以上人员。", &["!urine_tests"]),
        // persons in community detox now (正在进行社区戒毒人员): community cases
        (S, "截至6月底，全县正在进行社区戒毒人员1.9万名、社区康复人员0.92万名。", &["community_cases=19000"]),
        (S, "目前全县正在接受社区戒毒社区康复的人员132名。", &["community_cases=132"]),
        // the persons due for tests (尿检对象) are no tests
        (S, "全镇应帮教尿检对象288人，均已落实帮教措施。", &["!urine_tests"]),
        (S, "辖区尿检对象120人，全年完成尿检960人次。", &["urine_tests=960"]),
        (
            W,
            "并持续落实2767名社会面吸毒人员毛发验毒筛查，全区完成率达98.95%，居全市第一。",
            &["hair_tests=2767", "hair_test_rate=98.95"],
        ),
        (W, "采集372名吸毒人员毛发，发现4名阳性人员，阳性率为1%，未超3%。", &["hair_tests=372", "hair_positive=4"]),
        (W, "组织在全县公职人员中开展新一轮毛发毒品检测工作，已检测11233人。", &["!hair_tests"]),
        (
            W,
            "对87名公交车驾驶员、156名客运驾驶员进行毛发现场验毒，未发现呈阳性人员。",
            &["!hair_tests", "!hair_positive"],
        ),
        (W, "“两客一危”驾驶员毛发筛查795人次，公职人员毛发筛查抽检1799人次。", &["!hair_tests"]),
        (W, "对全县在册吸毒人员开展毛发检测1250人，检出阳性12人。", &["hair_tests=1250", "hair_positive=12"]),
        (W, "毛发检测任务数≥2400人，实际完成3200人。", &["hair_tests=3200"]),
        (W, "完成社会面吸毒人员毛发抽检480人，检测完成率100%。", &["hair_tests=480", "hair_test_rate=100"]),
        (W, "组织53687名中、小学校学生参加全国青少年禁毒知识竞赛。", &["!hair_tests", "!publicity_events"]),
        (W, "开展禁毒宣传进校园活动45场次，覆盖师生2万余人。", &["publicity_events=45"]),
        (W, "在全区各大电子显示屏上播放禁毒宣传标语、视频3万多次。", &["!publicity_events"]),
        (W, "共组织禁毒宣传活动二百一十场。", &["publicity_events=210"]),
    ]);
}

#[test]
fn people_under_management() {
    run(&[
        (W, "常态化全面排查梳理吸毒人员，将3250名吸毒人员纳入网格管理。", &["registered_users=3250"]),
        (W, "全县现有登记在册吸毒人员1856人，其中社区戒毒社区康复人员212人。", &["registered_users=1856"]),
        (
            W,
            "全县目前在册社区戒毒康复人员达到210人，对于社区戒毒人员的管控率达到95%。",
            &["community_cases=210", "control_rate=95"],
        ),
        (W, "力争社区戒毒康复人员的管控率达到98%。", &["!control_rate"]),
        // (实有 as 现有; 在册 right before the figure)
        (S, "全县实有吸毒人员2,305名，社戒社康在册人员318名。", &["registered_users=2305", "community_cases=318"]),
        (
            S,
            "全县吸毒人员总数1,472名，社区戒毒社区康复在册126人，执行率97.6%。",
            &["registered_users=1472", "community_cases=126"],
        ),
        (S, "全县社区戒毒社区康复在管84名。", &["community_cases=84"]),
        (
            W,
            "评估高风险9人，中风险477人，低风险2764人，对中、高风险人员落实管控。",
            &["risk_high=9", "risk_medium=477", "risk_low=2764"],
        ),
        (W, "目前新增吸毒人员较去年同期72人下降53%，无18岁以下吸毒人员。", &["!new_users"]),
        (W, "全年新增吸毒人员15名，同比下降25%。", &["new_users=15"]),
        (
            W,
            "今年以来，吸毒人员复吸率持续下降，戒断三年未复吸巩固率由去年的69.5%提高至74%。",
            &["abstinence_3y_rate=74"],
        ),
        (W, "社戒社康人员年内复吸率有效控制在15%以下。", &["relapse_rate=15<"]),
        (W, "全县社区戒毒社区康复人员复吸率为8.6%。", &["relapse_rate=8.6"]),
        (W, "在管社区戒毒社区康复人员156名，管控率100%。", &["community_cases=156", "control_rate=100"]),
        (W, "全县在册吸毒人员由上年的920人下降至856人。", &["registered_users=856"]),
        (W, "年度目标为侦破毒品刑事案件20起，实际侦破25起。", &["criminal_cases=25"]),
        (W, "全年尿检任务数2400人次，完成3100人次。", &["urine_tests=3100"]),
        (
            W,
            "全县现有吸毒人员1234名，其中社区戒毒社区康复人员312名，管控率达98.5%。",
            &["registered_users=1234", "community_cases=312", "control_rate=98.5"],
        ),
        (W, "社区戒毒社区康复人员312名参加职业技能培训。", &["!community_cases"]),
        (W, "正在执行社区戒毒社区康复人员89人，执行率100%。", &["community_cases=89"]),
        (W, "走访谈心社戒社康人员36人，帮扶19人再就业。", &["!community_cases"]),
        (W, "戒断三年未复吸人员占比达到45.2%。", &["abstinence_3y_rate=45.2"]),
        (W, "吸毒人员总数2310人，较上年减少120人。", &["registered_users=2310"]),
        (W, "新发现吸毒人员数量同比下降31.6%。", &["!new_users"]),
        (W, "社区戒毒社区康复人员管控率达到98.6%，高于省定目标。", &["control_rate=98.6"]),
        // a year in brackets after a figure once split a character and lost the whole file
        (
            W,
            "社区戒毒康复人员管控率为98%（2023年），复吸率3.2%（2022年度为4.1%）。",
            &["control_rate=98", "relapse_rate=3.2"],
        ),
        (W, "年度目标：管控率≥95%，复吸率≤20%。", &["!control_rate"]),
        (W, "高风险人员5人，均已落实“一人一策”管控措施。", &["risk_high=5"]),
        (W, "中高风险人员27人全部落实管控。", &["!risk_high", "!risk_medium"]),
    ]);
}

#[test]
fn staff_and_scores() {
    run(&[
        (W, "在职人员编制15人，实有在职人员13人，退休人员5人。", &["staff_quota=15", "staff_actual=13"]),
        (W, "编制数8人，其中行政编制5人、事业编制3人；年末实有人数7人。", &["staff_quota=8", "staff_actual=7"]),
        (W, "抓获毒品犯罪嫌疑人31人，刑拘29人，起诉25人。", &["detained=29", "prosecuted=25"]),
        (
            W,
            "对在册吸毒人员开展风险评估，其中高风险人员12人，中风险人员86人，低风险人员688人。",
            &["risk_high=12", "risk_medium=86", "risk_low=688"],
        ),
        (W, "中高风险人员20人。", &["!risk_high", "!risk_medium"]),
        // (a class word or 的 between the class and its count: 青海, 湖北, 贵州)
        (
            S,
            "见面核查社会面吸毒人员13479人，评定高风险类29人、中风险类1963人、低风险类11486人。",
            &["risk_high=29", "risk_medium=1963", "risk_low=11486"],
        ),
        (
            S,
            "经评估，评定为高风险的12人、中风险的86人、低风险的688人。",
            &["risk_high=12", "risk_medium=86", "risk_low=688"],
        ),
        (
            S,
            "全县高风险类人员9名，中风险等级人员41名，低风险级吸毒人员305名。",
            &["risk_high=9", "risk_medium=41", "risk_low=305"],
        ),
        (S, "中高风险类人员20人均已落实管控。", &["!risk_high", "!risk_medium"]),
        (
            W,
            "2021年末，我单位共有编制2人，其中行政编制0人，事业编制2人。年末实有在职人员3人，离休人员0人。",
            &["staff_quota=2", "staff_actual=3"],
        ),
        (
            W,
            "岳阳市岳阳楼区禁毒社会化服务中心核定全额拨款事业编制6名，其中主任1名，退休人数0人。",
            &["staff_quota=6", "!staff_actual"],
        ),
        (W, "单位核定编制5人，实有人数4人。", &["staff_quota=5", "staff_actual=4"]),
        (W, "现有在职人员12人，聘用禁毒社工30人。", &["staff_actual=12"]),
        (W, "根据年初设定的绩效目标，绩效自评得分为 97.88 分。", &["self_score=97.88"]),
        (W, "经综合评价，本单位整体支出绩效自评得分92分，等级为“优”。", &["self_score=92"]),
        (W, "项目综合评分为88.5分，评价等级为良。", &["self_score=88.5"]),
        (W, "满分100分，其中产出指标50分。", &["!self_score"]),
        // a survey's score is the public's view, not the evaluation's
        (W, "第三方开展的群众禁毒工作满意度测评中，我区得分91.71分，位列全市第二。", &["!self_score"]),
        (W, "全县禁毒宣传问卷调查综合得分87.6分。", &["!self_score"]),
        (W, "禁毒工作群众满意率调查得分95分。", &["!self_score"]),
        (W, "本项目绩效自评综合得分93.5分，群众满意度指标得满分。", &["self_score=93.5"]),
        (W, "从事社区戒毒康复试点工作的专职人员16人，其中局机关1人，各站点15人。", &["!staff_actual", "!staff_quota"]),
        (W, "绩效目标完成98.75%。", &["!execution_rate_stated"]),
    ]);
}

#[test]
fn identity_and_segmentation() {
    // a cover page, a title over two lines, the year of writing after the fiscal year
    let t = "附件2\n\n2024年度岳阳市岳阳楼区禁毒社会化服务中心\n整体支出绩效自评报告\n\n预算单位名称：\n(盖章)\n\n# 2024年度岳阳市岳阳楼区禁毒社会化服务中心\n\n## 整体支出绩效自评报告\n\n2024年基本支出预算数87.56万元。\n2025年7月15日前报送。\n";
    let r = extract_text("a.txt", t);
    assert_eq!(r.len(), 1);
    assert_eq!(
        (r[0].id.county.as_str(), r[0].id.city.as_str(), r[0].id.year, r[0].id.kind),
        ("岳阳楼区", "岳阳市", Some(2024), W)
    );
    // the unit follows the title; the year comes from the text, not a document number
    let t = "\t财政专项资金绩效评价报告\n（项目：社区戒毒专项工作经费）\n湘阴县司法局\n《会议纪要》（湘阴府阅【2013】75号）。\n2021年度县财政拨付我局专项工作经费20万元。2021年完成目标。\n";
    let r = extract_text("b.txt", t);
    assert_eq!(
        (r[0].id.unit.as_str(), r[0].id.county.as_str(), r[0].id.year, r[0].id.kind),
        ("湘阴县司法局", "湘阴县", Some(2021), P)
    );
    // an unrelated report bundled after the drug-control one yields nothing
    let t = "2021年度禁毒办重点项目绩效自评报告\n2021年禁毒办专项项目年初支出预算为1277.6万元。“开福禁毒”公众号，禁毒宣传，毒品预防。\n3、 存在问题和改进措施\n2021年度蓝天办重点项目绩效自评报告\n一、重点项目支出基本情况\n2021年蓝天保卫战项目支出预算50万元，实际支出49.88418万元。\n";
    let r = extract_text("c.txt", t);
    assert_eq!(r.len(), 1);
    assert_eq!((r[0].id.county.as_str(), r[0].id.unit.as_str()), ("开福区", "开福区禁毒委员会办公室"));
    assert!(r[0].facts.iter().all(|f| f.value != 50.0 && f.value != 49.88418));
    // two evaluations in one file: a whole-unit report and a project report
    let t = "宁乡市禁毒委员会办公室2022年度部门整体支出绩效评价报告\n年初预算100万元，支出95万元。禁毒工作。\n宁乡市禁毒委员会办公室2022年度禁毒专项经费项目绩效自评报告\n项目预算40万元，实际支出39万元。毒品预防。\n";
    let r = extract_text("d.txt", t);
    assert_eq!(r.len(), 2);
    assert_eq!((r[0].id.kind, r[0].value(Field::BudgetTotal)), (W, Some(100.0)));
    assert_eq!(
        (r[1].id.kind, r[1].value(Field::BudgetTotal), r[1].value(Field::ActualTotal)),
        (P, Some(40.0), Some(39.0))
    );
    assert_eq!(r[1].id.city, "长沙市");
    // a county named in several provinces is placed by the province the text names
    let t = "鼓楼区禁毒委员会办公室2023年度部门整体支出绩效评价报告\n福建省福州市鼓楼区禁毒办全年支出80万元，禁毒宣传，毒品预防。\n";
    let r = extract_text("e.txt", t);
    assert_eq!((r[0].id.city.as_str(), r[0].id.province.as_str()), ("福州市", "福建省"));
    // a title opening with 关于
    let t = "关于2022年度桃江县禁毒委员会办公室部门整体支出绩效自评情况的报告\n年初预算30万元，实际支出29万元。禁毒。毒品。\n";
    let r = extract_text("f.txt", t);
    assert_eq!(
        (r[0].id.unit.as_str(), r[0].id.county.as_str(), r[0].id.city.as_str()),
        ("桃江县禁毒委员会办公室", "桃江县", "益阳市")
    );
}

#[test]
fn more_wordings_from_other_provinces() {
    run(&[
        // money, as other templates write it
        (
            W,
            "2022年度本部门整体支出预算128万元（其中基本支出98万元，项目支出30万元），实际支出126.4万元。",
            &["budget_total=128", "basic_budget=98", "project_budget=30", "actual_total=126.4"],
        ),
        (W, "部门收入总计86.3万元，支出总计85.9万元，年末结转和结余0.4万元。", &["actual_total=85.9", "!budget_total"]),
        (W, "2023年度部门决算支出合计212.06万元，比年初预算增加12.06万元。", &["actual_total=212.06"]),
        (W, "全年实际支出经费约45万元。", &["actual_total=45~"]),
        (
            W,
            "本年度基本支出决算为：人员经费32.5万元，日常公用经费6.3万元。",
            &["personnel_actual=32.5", "public_actual=6.3"],
        ),
        (W, "其中，人员经费预算数21.3万元，公用经费预算数3.2万元。", &["personnel_budget=21.3", "public_budget=3.2"]),
        (
            W,
            "“三公”经费预算数为0.8万元，决算数为0.52万元，较预算减少0.28万元。",
            &["sangong_budget=0.8", "sangong_actual=0.52"],
        ),
        (W, "公务接待费支出0.3万元。", &["!sangong_actual", "!actual_total"]),
        (W, "全年共支付禁毒社工购买服务费用56万元。", &["!actual_total"]),
        (
            W,
            "财政拨款支出预算数为76万元，支出决算数为74.5万元，预算执行率98.03%。",
            &["budget_total=76", "actual_total=74.5", "execution_rate_stated=98.03"],
        ),
        (
            W,
            "年初预算数：120万元；全年预算数：132万元；全年执行数：131.2万元。",
            &["budget_total=132", "actual_total=131.2"],
        ),
        (W, "总预算为￥560,000.00元，实际支出￥548,320.00元。", &["budget_total=56", "actual_total=54.832"]),
        (
            P,
            "该项目年初预算20万元，实际到位资金20万元，实际支出19.6万元，预算执行率98%。",
            &["budget_total=20", "actual_total=19.6", "execution_rate_stated=98"],
        ),
        (
            P,
            "2023年市级禁毒补助资金下达我县35万元，全部用于禁毒宣传教育，已支出35万元。",
            &["budget_total=35", "actual_total=35"],
        ),
        (P, "项目预算18.6万元，其中购置尿检试剂5.2万元，宣传费用3万元。", &["budget_total=18.6"]),
        // enforcement and testing, other wordings
        (
            W,
            "全年破获毒品案件26起，缴获各类毒品1.2千克，刑事拘留毒品犯罪嫌疑人31名，逮捕24名，移送起诉28名。",
            &["criminal_cases=26", "detained=31", "prosecuted=28"],
        ),
        (W, "查处吸毒人员112人次，其中强制隔离戒毒37人，社区戒毒21人。", &["users_caught=112", "compulsory_rehab=37"]),
        // (arrests of 涉毒违法犯罪人员 mix traffickers with users: no count of users dealt with)
        (W, "共抓获涉毒违法犯罪人员64名。", &["!users_caught"]),
        (W, "开展“禁毒宣传月”集中宣传活动12场次，设立咨询点34个。", &["publicity_events=12"]),
        (W, "全年开展禁毒宣传进校园、进社区等“六进”活动共计260场次。", &["publicity_events=260"]),
        (W, "开展生活污水毒品监测2次，未检出毒品成分。", &["wastewater_tests=2"]),
        (W, "对吸毒人员开展尿液检测1.2万人次。", &["urine_tests=12000"]),
        (W, "完成吸毒人员尿检2,356人次，检出阳性5人。", &["urine_tests=2356", "!hair_positive"]),
        (W, "对在册社会面吸毒人员开展毛发检测，共检测986人，检出阳性3人。", &["hair_tests=986", "hair_positive=3"]),
        (W, "毛发检测覆盖率达到96.5%，高于全省平均水平。", &["hair_test_rate=96.5"]),
        (W, "组织娱乐场所从业人员毛发检测230人次。", &["!hair_tests"]),
        // people under management
        (W, "截至年底，全县登记在册吸毒人员2146名，其中戒断三年未发现复吸人员1480名。", &["registered_users=2146"]),
        (W, "全市现有吸毒人员总数下降至1620人。", &["registered_users=1620"]),
        (W, "当前在册社戒社康人员共计143名，全部落实帮扶措施。", &["community_cases=143"]),
        // persons newly taken in are a flow; those under community rehab are the field
        (P, "全年新接收社区戒毒社区康复人员28名，执行社区戒毒社区康复112人。", &["community_cases=112"]),
        (S, "今年新纳入社区戒毒人员45名，期满解除社区康复31名。", &["!community_cases"]),
        (W, "新报到社区康复人员12名，全县在管社戒社康人员共有208名。", &["community_cases=208"]),
        (W, "社区戒毒社区康复人员执行率和管控率均达到100%。", &["control_rate=100"]),
        (W, "全年新发现吸毒人员同比下降18.2%，新增吸毒人员36人。", &["new_users=36"]),
        (W, "复吸率由上年的12.3%下降至9.8%。", &["relapse_rate=9.8"]),
        (W, "戒断三年未复吸率为52.6%，较上年提高3.1个百分点。", &["abstinence_3y_rate=52.6"]),
        (
            W,
            "风险评估中，高风险人员7名、中风险人员58名、低风险人员1203名。",
            &["risk_high=7", "risk_medium=58", "risk_low=1203"],
        ),
        (W, "社会面吸毒人员风险分类评估完成率100%。", &["!risk_high", "!control_rate"]),
        // staff and scores
        (W, "我办核定行政编制3名，实有在编人员3名，另有聘用人员5名。", &["staff_quota=3", "staff_actual=3"]),
        (W, "内设机构1个，编制数4人，实有4人。", &["staff_quota=4", "staff_actual=4"]),
        (W, "经自评，本单位2023年度整体支出绩效得分为95.5分，评价等级为“优”。", &["self_score=95.5"]),
        (W, "项目绩效自评总分90分。", &["self_score=90"]),
        (W, "扣分原因：部分指标未完成，扣2分。", &["!self_score"]),
        // numbers as written
        (W, "全年共侦破毒品刑事案件十二起。", &["criminal_cases=12"]),
        (W, "全年预算资金一百二十万元。", &["budget_total=120"]),
        (W, "复吸率控制在百分之十以下。", &["relapse_rate=10<"]),
        (W, "社区戒毒人员管控率达到百分之九十八。", &["control_rate=98"]),
        (W, "禁毒宣传活动１２０场次。", &["publicity_events=120"]),
        (W, "全年尿检近3000人次。", &["urine_tests=3000~"]),
        (W, "开展禁毒宣传活动200场左右。", &["publicity_events=200~"]),
        (W, "查处吸毒人员超过50人。", &["users_caught=50>"]),
        // one project named in a whole unit's report is one of its projects, not their sum; the
        // projects as a whole (项目支出, 各项目) are
        (W, "其中：禁毒宣传项目预算30万元，执行29.2万元。", &["!project_budget", "!project_actual"]),
        (W, "社区戒毒康复项目全年预算45万元，实际支出41.8万元。", &["!project_budget", "!project_actual"]),
        (W, "其中项目支出预算88.6万元，实际支出85.2万元。", &["project_budget=88.6", "project_actual=85.2"]),
        (W, "各项目全年预算120万元，实际支出116万元。", &["project_budget=120"]),
        (P, "禁毒宣传项目全年预算30万元，实际支出29.2万元。", &["budget_total=30", "actual_total=29.2"]),
        // (…and so is one project named by its own words after the whole's project spending)
        (
            W,
            "其中，基本支出实际支出986万元，项目支出实际支出354万元。禁毒专项工作经费年初预算32万元，实际支出31.6万元。",
            &["project_actual=354", "!project_budget"],
        ),
        (
            W,
            "其中：人员经费46万元，公用经费12万元，项目支出177万元。禁毒宣传项目经费预算20万元，实际使用19.4万元。",
            &["project_actual=177", "!project_budget"],
        ),
        // (专项支出 in a list of the whole's parts is their project part)
        (
            W,
            "全年支出95.8万元，其中人员支出41.2万元，日常公用支出9.6万元，禁毒专项支出45万元。",
            &["project_actual=45", "personnel_actual=41.2"],
        ),
        (W, "本年度支出合计210万元，其中基本支出150万元、专项支出60万元。", &["project_actual=60", "basic_actual=150"]),
        (
            W,
            "项目支出全年预算88万元，实际支出85万元；社区戒毒专项经费预算30万元，实际支出29万元。",
            &["project_budget=88", "project_actual=85"],
        ),
        // another topic's publicity in a bureau's report is no drug-control publicity; drug
        // control's own legal publicity is
        (W, "开展法治宣传活动215场次，调处矛盾纠纷1802件。", &["!publicity_events"]),
        (W, "全年开展反诈宣传活动96场。", &["!publicity_events"]),
        (W, "组织普法宣传进社区活动48场次。", &["!publicity_events"]),
        (W, "开展禁毒法治宣传活动45场次。", &["publicity_events=45"]),
        (W, "开展禁毒宣传活动52场次，法治宣传活动30场。", &["publicity_events=52"]),
    ]);
}

/// A self-evaluation signed at its foot with a month alone, set apart by a blank line and no
/// unit's name above it, was written in that month: it evaluates the year before.
#[test]
fn a_month_alone_at_the_foot_dates_the_writing() {
    for text in [
        "某县禁毒委员会办公室部门整体支出绩效自评报告\n本年度全年预算386.52万元，实际支出375.08万元。\n\n2023年2月\n",
        "某县禁毒委员会办公室部门整体支出绩效自评报告\n一、基本情况\n本单位全年实际支出120.4万元，预算执行率98.6%。\n\n\n2023年3月",
    ] {
        let recs = extract_text("m.txt", text);
        assert_eq!(recs.len(), 1, "{text}");
        assert_eq!(recs[0].id.year, Some(2022), "{text}");
    }
}

/// A whole report in another county's template (tests/fixtures/whole_report_2023.txt): every
/// field read, nothing else, no finding but none — a 2024 target is not 2023's.
#[test]
fn a_whole_report_in_another_template() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/whole_report_2023.txt");
    let recs = extract_text("w.txt", &std::fs::read_to_string(path).unwrap());
    assert_eq!(recs.len(), 1);
    let r = &recs[0];
    assert_eq!((r.id.county.as_str(), r.id.city.as_str(), r.id.year, r.id.kind), ("醴陵市", "株洲市", Some(2023), W));
    let want: &[(&str, f64)] = &[
        ("staff_quota", 5.0),
        ("staff_actual", 4.0),
        ("budget_total", 201.6),
        ("actual_total", 198.32),
        ("execution_rate_stated", 98.37),
        ("basic_actual", 72.6),
        ("project_actual", 125.72),
        ("personnel_actual", 58.3),
        ("public_actual", 14.3),
        ("sangong_actual", 1.2),
        ("criminal_cases", 34.0),
        ("detained", 39.0),
        ("prosecuted", 37.0),
        ("users_caught", 158.0),
        ("compulsory_rehab", 62.0),
        ("publicity_events", 420.0),
        ("registered_users", 2318.0),
        ("community_cases", 267.0),
        ("control_rate", 99.2),
        ("abstinence_3y_rate", 58.3),
        ("urine_tests", 9870.0),
        ("hair_tests", 1215.0),
        ("hair_positive", 9.0),
        ("new_users", 31.0),
        ("risk_high", 15.0),
        ("risk_medium", 186.0),
        ("risk_low", 2117.0),
        ("wastewater_tests", 6.0),
        ("self_score", 94.5),
    ];
    let got: Vec<(&str, f64)> = r.facts.iter().map(|f| (f.field.name(), f.value)).collect();
    assert_eq!(got, want);
    assert!(jixiao::check::check(&recs).is_empty(), "{:?}", jixiao::check::check(&recs));
}

// ---------------------------------------------------------------------------------------
// Issue 8: the wording of the field across China — the national 自评表 (财预〔2020〕10号 and
// the provinces' copies), year-end summaries and press releases. Phrasings written in the
// style of many provinces' reports, not copied from any one report.
// ---------------------------------------------------------------------------------------

/// 破获 vs 立案, 抓获 vs 刑拘 vs 逮捕 vs 起诉, and sub-counts that are not the total (point 5).
#[test]
fn enforcement_stages_across_china() {
    run(&[
        // Yunnan / Guizhou news style
        (
            S,
            "全年共破获毒品刑事案件132起，抓获毒品犯罪嫌疑人161名，缴获各类毒品86.4公斤。",
            &["criminal_cases=132", "!detained", "!prosecuted"],
        ),
        (S, "全县共侦破毒品犯罪案件41起，其中贩卖毒品案件29起。", &["criminal_cases=41"]),
        (S, "立案侦查毒品刑事案件18起，破获15起。", &["criminal_cases=15"]),
        (S, "共立毒品刑事案件37起。", &["!criminal_cases"]),
        (S, "破获部督目标案件2起，破获毒品刑事案件64起。", &["criminal_cases=64"]),
        (S, "侦破鸦片类毒品案件5起。", &["!criminal_cases"]),
        (
            S,
            "破获毒品刑事案件22起，刑事拘留犯罪嫌疑人27人，提请批准逮捕21人，移送审查起诉25人。",
            &["criminal_cases=22", "detained=27", "prosecuted=25"],
        ),
        // Guangdong / Fujian style
        (S, "抓获涉毒犯罪嫌疑人53人，其中刑事拘留46人。", &["detained=46", "!users_caught"]),
        (S, "依法逮捕毒品犯罪嫌疑人19人。", &["!detained", "!prosecuted"]),
        (S, "移送起诉毒品刑事案件35起，毒品犯罪嫌疑人49人。", &["prosecuted=49", "!criminal_cases"]),
        (S, "向检察机关移送起诉涉毒犯罪嫌疑人31名。", &["prosecuted=31"]),
        (S, "刑拘毒品犯罪嫌疑人12名，行政拘留吸毒人员40名。", &["detained=12"]),
        // users caught (查处 / 查获), and the ones that are not the unit's total
        (S, "全年查获吸毒人员327人次，其中新发现吸毒人员58人。", &["users_caught=327", "new_users=58"]),
        (S, "查处吸毒违法人员96名。", &["users_caught=96"]),
        (S, "其中查获25岁以下吸毒人员14名。", &["!users_caught"]),
        (S, "我县籍吸毒人员在外地被查获23人。", &["!users_caught"]),
        (S, "在“清源断流”专项行动中查获吸毒人员41名。", &["!users_caught"]),
        (S, "共查处外流贩毒人员8名。", &["!users_caught"]),
        (S, "发现查处吸毒人员74人次，同比下降9.8%。", &["users_caught=74"]),
        (S, "责令社区戒毒62人，决定强制隔离戒毒88人。", &["compulsory_rehab=88"]),
        (S, "依法强制隔离戒毒吸毒成瘾严重人员39名。", &["compulsory_rehab=39"]),
        (S, "共查处吸毒人员210人，其中行政拘留172人，强制隔离戒毒38人。", &["users_caught=210", "compulsory_rehab=38"]),
        // counted in cases or in persons: the stage decides the unit
        (S, "刑事拘留案件14起。", &["!detained"]),
        // Anhui: reagents bought are not tests done
        (P, "采购毛发检测试剂3200份，尿检试剂5000份。", &["!hair_tests", "!urine_tests"]),
        // Shaanxi year-end round-up: the year's figures after a multi-year sentence
        (
            S,
            "全年破获毒品刑事案件106起，抓获犯罪嫌疑人130人，移送起诉毒品刑事案件135起，毒品犯罪嫌疑人196人。",
            &["criminal_cases=106", "prosecuted=196", "!detained"],
        ),
        (
            S,
            "全县共破获毒品案件33起，刑事拘留涉毒犯罪嫌疑人36人，其中，已逮捕18人，强制戒毒85人。",
            &["criminal_cases=33", "detained=36", "compulsory_rehab=85"],
        ),
        (S, "县财政预算安排禁毒专项经费300万元。", &["!project_budget", "!budget_total"]),
        (S, "全年办结毒品刑事案件21起。", &["criminal_cases=21"]),
        // a task's figure named right before it is the target; what was done the value
        (S, "全年毛发检测任务1,200人次，已完成736人次，完成率61.3%。", &["hair_tests=736", "hair_test_rate=61.3"]),
        (S, "今年尿检任务为3000人次，目前已完成2456人次。", &["urine_tests=2456"]),
        (S, "市下达我县毛发检测任务量860人，实际完成902人。", &["hair_tests=902"]),
        (S, "全年完成毛发检测任务736人次。", &["hair_tests=736"]),
        // one kind's persons and the other's, then their total: the total
        (S, "截至12月底，本镇在册社区戒毒人员12名、社区康复人员19名，共计31名。", &["community_cases=31"]),
        (S, "全县现有社区康复人员40人、社区戒毒人员25人，合计65人。", &["community_cases=65"]),
        (S, "在册社区戒毒社区康复人员88名。", &["community_cases=88"]),
    ]);
}

/// Money wording of other provinces (point 7): income lines, deltas, adjusted budgets,
/// 拨付, rates and populations that are not money or staff.
#[test]
fn money_across_china() {
    run(&[
        (W, "本年收入合计312.45万元，其中一般公共预算拨款收入310.2万元。", &["!budget_total", "!actual_total"]),
        (W, "部门总收入168万元，总支出165.3万元。", &["!budget_total", "actual_total=165.3"]),
        (W, "一般公共预算拨款156万元，比上年增加126.59万元。", &["!budget_total"]),
        // a final account's totals of income and spending together are no budget
        (W, "2022年度财政拨款收、支总计186.42万元。", &["!budget_total", "!actual_total"]),
        (W, "2021年度收、支总计320.5万元，与上年相比增加12.35万元。", &["!budget_total", "!actual_total"]),
        (W, "本年度收支总计98.6万元，其中本年支出合计98.6万元。", &["!budget_total", "actual_total=98.6"]),
        (W, "本年支出合计比上年增加23.6万元，增长12.4%。", &["!actual_total", "!execution_rate_stated"]),
        // an evaluation's sentence of last year's figures, no comma after its time: none of the year's
        (W, "去年全县破获毒品刑事案件12起。", &["!criminal_cases"]),
        (W, "上年查处吸毒人员19人次。", &["!users_caught"]),
        (W, "上年度预算执行率为95.2%。", &["!execution_rate_stated"]),
        (W, "全年查处吸毒人员25人次，较去年同期增加6人次。", &["users_caught=25"]),
        // a final account's 支出总计 holds the year-end carry-over: the year's spending is 本年支出合计
        (
            W,
            "2023年度收入总计286.45万元，支出总计286.45万元。其中：本年收入合计286.45万元，本年支出合计279.12万元，年末结转和结余7.33万元。",
            &["actual_total=279.12", "!budget_total"],
        ),
        (W, "支出总计152.8万元，其中本年支出合计149.6万元。", &["actual_total=149.6"]),
        // the general budget's appropriated spending, its initial budget and outturn: the unit's
        (
            W,
            "一般公共预算财政拨款支出年初预算为265.00万元，支出决算为279.12万元，完成年初预算的105.3%。",
            &["budget_total=265", "actual_total=279.12", "execution_rate_stated=105.3"],
        ),
        (
            W,
            "2022年度一般公共预算财政拨款支出年初预算为180.5万元，支出决算为176.2万元。",
            &["budget_total=180.5", "actual_total=176.2"],
        ),
        (W, "“三公”经费一般公共预算财政拨款支出决算为1.2万元。", &["sangong_actual=1.2", "!actual_total"]),
        (W, "基本支出较上年减少3.2万元，主要是人员调出。", &["!basic_actual"]),
        (W, "调整后预算数为248.6万元，全年执行数为241.9万元。", &["budget_total=248.6", "actual_total=241.9"]),
        (
            P,
            "年初预算30万元，调整后预算数36万元，预算执行数35.1万元，预算执行率97.5%。",
            &["budget_total=36", "actual_total=35.1", "execution_rate_stated=97.5"],
        ),
        (P, "该项目全年实际拨付资金28万元。", &["actual_total=28", "!budget_total"]),
        (W, "部门整体支出中，禁毒宣传经费预算20万元。", &["!budget_total"]),
        (W, "社区戒毒社区康复执行率达96.3%。", &["!execution_rate_stated"]),
        (W, "社戒社康措施执行率100%。", &["!execution_rate_stated"]),
        (W, "全年预算执行率为99.12%。", &["execution_rate_stated=99.12"]),
        (W, "现有社戒社康人员326人。", &["!staff_actual", "community_cases=326"]),
        (W, "现有在职人员11人，现有社区戒毒人员85名。", &["staff_actual=11"]),
        (W, "全年预算数为4,562千元，全年执行数为4,418千元。", &["budget_total=456.2", "actual_total=441.8"]),
        (W, "年初预算数2,480,000.00元，全年执行数2,391,652.30元。", &["budget_total=248", "actual_total=239.16523"]),
        (W, "2023年财政拨款收入预算152万元。", &["!budget_total"]),
        (W, "年末结转和结余资金4.6万元。", &["!budget_total", "!actual_total"]),
    ]);
}

/// The national 自评表 in its flattenings, one row or a few at a time (point 1).
#[test]
fn self_evaluation_table_rows() {
    let money_tab = "项目资金（万元）\t年初预算数\t全年预算数（A）\t全年执行数（B）\t分值\t执行率（B/A）\t得分\n";
    let ind_tab = "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施\n";
    let cases: Vec<(Kind, String, &[&str])> = vec![
        // tabs (a .docx or .xlsx table)
        (P, format!("{money_tab}年度资金总额\t40\t45\t43.2\t10\t96%\t9.6\n"), &["budget_total=45", "actual_total=43.2", "execution_rate_stated=96", "!self_score"]),
        (P, format!("{money_tab}其中：当年财政拨款\t40\t45\t43.2\t—\t—\t—\n"), &["!budget_total", "!actual_total"]),
        (P, format!("{money_tab}上年结转资金\t5\t5\t5\t—\t—\t—\n"), &["!budget_total", "!actual_total"]),
        (P, format!("{ind_tab}产出指标\t数量指标\t查获吸毒人员\t≥410人\t436人\t10\t10\t\n"), &["users_caught=436"]),
        (P, format!("{ind_tab}产出指标\t数量指标\t查获吸毒人员\t≥410人\t\t10\t\t\n"), &["!users_caught"]),
        (P, format!("{ind_tab}产出指标\t质量指标\t社区戒毒人员管控率\t≥95%\t98%\t10\t10\t\n"), &["control_rate=98"]),
        (P, format!("{ind_tab}效益指标\t社会效益指标\t吸毒人员复吸率\t≤20%\t11.3%\t10\t10\t\n"), &["relapse_rate=11.3"]),
        (P, format!("{ind_tab}产出指标\t数量指标\t毛发检测人数\t≥500\t536\t10\t10\t\n"), &["hair_tests=536"]),
        (P, format!("{ind_tab}总分\t\t\t\t\t100\t96.5\t\n"), &["self_score=96.5"]),
        (P, format!("{ind_tab}合计\t\t\t\t\t100\t\t\n"), &["!self_score"]),
        (P, format!("{ind_tab}合计\t\t\t\t\t100\t94\t\n"), &["self_score=94"]),
        // single spaces (a web page)
        (P, "年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分\n年度资金总额: 80 86.5 84.2 10 97.34% 9.7\n".to_string(), &["budget_total=86.5", "actual_total=84.2", "execution_rate_stated=97.34", "!self_score"]),
        (P, "二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施\n数量指标 指标1:侦破毒品刑事案件数 ≥15起 18起 10 10\n".to_string(), &["criminal_cases=18"]),
        (P, "二级指标 三级指标 年度指标值 实际完成值 分值 得分\n数量指标 指标2:禁毒宣传活动场次 ≥30场 36场 10 10\n总分 100 95.2\n".to_string(), &["publicity_events=36", "self_score=95.2"]),
        // one cell per line (a Word table pasted as text)
        (P, "年初预算数\n全年预算数\n全年执行数\n分值\n执行率\n得分\n年度资金总额\n66\n70\n68.6\n10\n98%\n9.8\n".to_string(), &["budget_total=70", "actual_total=68.6", "execution_rate_stated=98"]),
        (P, "年度指标值\n实际完成值\n分值\n得分\n强制隔离戒毒人数\n≥30人\n34人\n10\n10\n".to_string(), &["compulsory_rehab=34"]),
        // Sichuan: 指标性质 and 度量单位 in their own cells, trailing pipes
        (P, "三级指标 |\n指标性质 |\n指标值 |\n度量单位 |\n完成值 |\n权重 |\n得分 |\n破获毒品刑事案件 |\n≥ |\n12 |\n起 |\n14 |\n20 |\n20 |\n".to_string(), &["criminal_cases=14"]),
        (P, "年初预算 |\n调整后预算数 |\n预算执行数 |\n预算执行率 |\n权重 |\n得分 |\n总额 |\n60.00 |\n72.50 |\n70.85 |\n97.72% |\n10 |\n9.8 |\n".to_string(), &["budget_total=72.5", "actual_total=70.85", "execution_rate_stated=97.72"]),
        // Markdown pipes
        (P, "| 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n| --- | --- | --- | --- | --- | --- | --- |\n| 年度资金总额 | 95 | 103.2 | 99.07 | 10 | 96% | 9.6 |\n".to_string(), &["budget_total=103.2", "actual_total=99.07"]),
        // a table in 元 or 千元
        (W, format!("金额单位：元\n{money_tab}年度资金总额\t1,200,000\t1,350,000\t1,296,540\t10\t96.04%\t9.6\n"), &["budget_total=135", "actual_total=129.654"]),
        (W, format!("单位：千元\n{money_tab}年度资金总额\t2,000\t2,150\t2,080\t10\t96.74%\t9.7\n"), &["budget_total=215", "actual_total=208"]),
        (W, "项目资金（元）\t年初预算数\t全年预算数\t全年执行数\n年度资金总额\t500,000\t560,000\t548,000\n".to_string(), &["budget_total=56", "actual_total=54.8"]),
        // a caption's unit holds over the section heading between it and its table, and ends
        // with the next heading once a table was read under it
        (W, "金额单位：元\n一、部门基本情况\n项目\t年初预算数\t全年预算数\t全年执行数\t执行率\n支出合计\t1856000.00\t2013500.00\t1968720.35\t97.78%\n".to_string(), &["budget_total=201.35", "execution_rate_stated=97.78"]),
        (W, "金额单位：元\n项目资金\t年初预算数\t全年预算数\t全年执行数\n年度资金总额\t500000\t560000\t548000\n二、项目支出情况\n项目资金\t年初预算数\t全年预算数\t全年执行数\n项目支出\t20\t22\t21\n".to_string(), &["budget_total=56", "project_budget=22", "project_actual=21"]),
        // other provinces' column headers
        (P, "项目资金（万元）\t年初预算数\t调整后预算数\t全年实际执行数\t分值\t预算执行率\t得分\n年度资金总额\t30\t32\t29.5\t10\t92.19%\t9.2\n".to_string(), &["budget_total=32", "actual_total=29.5", "execution_rate_stated=92.19"]),
        (P, "项目资金（万元）\t年初批复数\t批复预算数\t实际支出金额\t分值\t执行率\t得分\n年度资金总额\t30\t32\t29.5\t10\t92.19%\t9.2\n".to_string(), &["budget_total=32", "actual_total=29.5"]),
        (P, "项目资金（万元）\t预算数\t执行数\t执行率\t分值\t得分\n资金总额\t150.00\t142.35\t94.90%\t10\t9.49\n".to_string(), &["budget_total=150", "actual_total=142.35", "execution_rate_stated=94.9", "!self_score"]),
        (P, "项目资金\t年初预算数\t全年预算数\t资金到位数\t全年执行数\t执行率\n年度资金总额\t30\t32\t31\t29.5\t92.19%\n".to_string(), &["budget_total=32", "actual_total=29.5"]),
        (P, "年初预算数\n预算批复数\n全年实际支出数\n分值\n执行率\n得分\n年度资金总额\n30\n32\n29.5\n10\n92.19%\n9.2\n".to_string(), &["budget_total=32", "actual_total=29.5", "execution_rate_stated=92.19"]),
        (P, "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成数\t分值\t得分\n产出指标\t数量指标\t开展禁毒宣传活动次数\t≥20场\t26场\t10\t10\n".to_string(), &["publicity_events=26"]),
        (P, "三级指标\t绩效目标值\t全年完成值\t权重（%）\t自评分\n毛发检测人数\t≥120人\t135人\t15\t15\n".to_string(), &["hair_tests=135"]),
        // the total score under other names, after the table
        (W, "二、绩效指标完成情况\n自评得分\t93.5\n".to_string(), &["self_score=93.5"]),
        (P, "自评总分\t100\t95.49\n".to_string(), &["self_score=95.49"]),
        // the whole-unit template: basic and project rows
        (W, format!("{money_tab}基本支出\t120\t126.5\t125.8\t—\t—\t—\n项目支出\t60\t71.2\t66.4\t—\t—\t—\n"), &["basic_budget=126.5", "basic_actual=125.8", "project_budget=71.2", "project_actual=66.4"]),
        (W, "年度预算申请\t年初预算数\t全年预算数\t全年执行数\n其中：一般公共预算财政拨款\t236\t236\t229\n".to_string(), &["!budget_total", "!actual_total"]),
        // a basic-data table: columns named with the year, staff columns
        (W, "经费支出情况\t2023年预算数\t2023年决算数\t预算执行率\n基本支出\t86.2\t85.9\t99.65%\n其中：人员经费\t70.1\t70.1\t100%\n公用经费\t16.1\t15.8\t98.14%\n项目支出\t40\t38.6\t96.5%\n合计\t126.2\t124.5\t98.65%\n".to_string(), &["basic_budget=86.2", "basic_actual=85.9", "personnel_actual=70.1", "public_budget=16.1", "public_actual=15.8", "project_actual=38.6", "budget_total=126.2", "actual_total=124.5", "execution_rate_stated=98.65"]),
        (W, "项目\t上年决算数\t本年预算数\t本年决算数\n合计\t110\t126.2\t124.5\n".to_string(), &["budget_total=126.2", "actual_total=124.5"]),
        (W, "财政供养人员情况\t编制数\t2023年实际在职人数\t控制率\n\t6\t5\t83.33%\n".to_string(), &["staff_quota=6", "staff_actual=5"]),
        // a header of money columns alone and one row of bare values under it
        (P, "预算数（万元） 执行数（万元） 执行率\n45 43.2 96%\n".to_string(), &["budget_total=45", "actual_total=43.2", "execution_rate_stated=96"]),
        (P, "预算数（万元）\t执行数（万元）\t执行率\n45\t43.2\t96%\n".to_string(), &["budget_total=45", "actual_total=43.2", "execution_rate_stated=96"]),
        (P, "全年预算数\n全年执行数\n预算执行率\n45\n43.2\n96%\n".to_string(), &["budget_total=45", "actual_total=43.2", "execution_rate_stated=96"]),
        // …but under a header with a label cell before its money columns and a value more than
        // them, which value is which column's is not known
        (P, "年度预算数 全年执行数 预算执行率 自评得分\n45 43.2 96% 95\n".to_string(), &["!budget_total", "!actual_total"]),
        // the money unit after the reporting unit on the caption's line
        (W, format!("填报单位：某县禁毒委员会办公室          单位：元\n{money_tab}年度资金总额\t1,200,000\t1,350,000\t1,296,540\t10\t96.04%\t9.6\n"), &["budget_total=135", "actual_total=129.654"]),
    ];
    let errs: Vec<String> = cases.iter().flat_map(|(k, t, e)| check(*k, t, e)).collect();
    assert!(errs.is_empty(), "{} of {} cases failed:\n{}", errs.len(), cases.len(), errs.join("\n"));
}

/// The template's own instructions and units are not figures.
#[test]
fn template_instructions_are_no_figures() {
    run(&[
        (P, "注：预算执行率未达到90%的需说明原因。", &["!execution_rate_stated"]),
        (
            P,
            "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内)。",
            &["!execution_rate_stated"],
        ),
        (P, "偏差大于10%的，请在偏差原因栏填写原因。", &["!execution_rate_stated"]),
        (P, "评价结论：结合自评情况，说明项目自评总分（200字以内）。", &["!self_score"]),
        (P, "经评价，项目自评总分97.8分，较好完成年度目标。", &["self_score=97.8"]),
    ]);
}

/// The part of the year a figure covers, and figures that are no value of the year (points 3, 4).
#[test]
fn periods_and_multi_year_totals() {
    // (title, text, field, Some(period) = kept with that period ("" = full year), None = dropped)
    let cases: &[(&str, &str, &str, Option<&str>)] = &[
        (
            "兰陵县召开2023年上半年禁毒工作新闻发布会\n发布时间：2023-07-04 16:20",
            "今年以来，全县共破获毒品刑事案件23起。",
            "criminal_cases",
            Some("2023-01..2023-06"),
        ),
        (
            "兰陵县召开2023年上半年禁毒工作新闻发布会\n发布时间：2023-07-04 16:20",
            "决定强制隔离戒毒21人。",
            "compulsory_rehab",
            Some("2023-01..2023-06"),
        ),
        (
            "沙县区禁毒工作新闻发布会\n发布时间：2022-10-20 09:00",
            "今年以来，全区共查处吸毒人员36人次。",
            "users_caught",
            Some("2022-01..2022-10"),
        ),
        (
            "沙县区禁毒工作新闻发布会\n发布时间：2022-10-05 09:00",
            "今年以来，全区共查处吸毒人员36人次。",
            "users_caught",
            Some("2022-01..2022-09"),
        ),
        ("渭源县2021年禁毒工作情况", "1-6月，全县新发现吸毒人员4名。", "new_users", Some("2021-01..2021-06")),
        (
            "渭源县2021年禁毒工作情况",
            "1至9月，全县开展禁毒宣传活动86场次。",
            "publicity_events",
            Some("2021-01..2021-09"),
        ),
        ("渭源县2021年禁毒工作情况", "第一季度，全县破获毒品刑事案件3起。", "criminal_cases", Some("2021-01..2021-03")),
        ("渭源县2021年禁毒工作情况", "前三季度，全县查获吸毒人员52人次。", "users_caught", Some("2021-01..2021-09")),
        ("渭源县2021年禁毒工作情况", "上半年，全县开展毛发检测212人。", "hair_tests", Some("2021-01..2021-06")),
        (
            "渭源县2021年禁毒工作情况",
            "截至6月底，全县在册吸毒人员1,236名。",
            "registered_users",
            Some("2021-01..2021-06"),
        ),
        ("渭源县2021年禁毒工作情况", "截至12月底，全县在册吸毒人员1,230名。", "registered_users", Some("")),
        ("渭源县2021年禁毒工作情况", "1-12月，全县破获毒品刑事案件12起。", "criminal_cases", Some("")),
        ("渭源县2021年禁毒工作总结", "全年共破获毒品刑事案件12起。", "criminal_cases", Some("")),
        ("渭源县2021年禁毒工作总结", "三年来，全县共破获毒品刑事案件51起。", "criminal_cases", None),
        ("渭源县2021年禁毒工作总结", "2018年以来，全县共抓获毒品犯罪嫌疑人88名，刑事拘留70人。", "detained", None),
        ("渭源县2021年禁毒工作总结", "“十三五”以来，全县累计查获吸毒人员530人次。", "users_caught", None),
        ("渭源县2021年禁毒工作总结", "近五年，全县开展禁毒宣传活动1200余场次。", "publicity_events", None),
        ("渭源县2021年禁毒工作总结", "去年全年，全县共破获毒品刑事案件9起。", "criminal_cases", None),
        ("渭源县2021年禁毒工作总结", "2020年，全县共破获毒品刑事案件9起。", "criminal_cases", None),
        ("渭源县2021年禁毒工作总结", "“净边”行动期间，共查处吸毒人员15名。", "users_caught", None),
        ("渭源县2021年禁毒工作总结", "全年累计查处吸毒人员73人次。", "users_caught", Some("")),
        (
            "渭源县禁毒委员会办公室2021年度部门整体支出绩效评价报告",
            "今年以来，全县共破获毒品刑事案件12起。",
            "criminal_cases",
            Some(""),
        ),
        // an article of January about last year: 去年 is the record's own year
        (
            "渭源县禁毒工作新闻发布会\n发布时间：2022-01-14 10:00",
            "去年，全县共破获毒品刑事案件12起，去年全年查处吸毒人员40人次。",
            "criminal_cases",
            Some(""),
        ),
        // 一年来 in a year's summary is the year; in a page of June, the twelve months to it
        ("连平县2021年度禁毒工作总结", "一年来，全县共侦破毒品刑事案件14起。", "criminal_cases", Some("")),
        (
            "某县禁毒办2023年工作总结\n2023年12月20日",
            "一年来，全县共破获毒品刑事案件14起。",
            "criminal_cases",
            Some(""),
        ),
        (
            "全区打击毒品犯罪成效显著\n2022-06-24 10:00",
            "一年来，全区公安机关共破获毒品刑事案件439起。",
            "criminal_cases",
            None,
        ),
        ("某县2021年禁毒工作总结", "十一年来，全县共破获毒品刑事案件140起。", "criminal_cases", None),
    ];
    let mut errs = Vec::new();
    for (title, text, field, want) in cases {
        let recs = extract_text("p.txt", &format!("{title}\n{text}\n禁毒工作。\n"));
        let f = Field::from_name(field).unwrap();
        let got = recs.first().and_then(|r| r.get(f)).map(|x| x.period.clone().unwrap_or_default());
        if got.as_deref() != *want {
            errs.push(format!("{title} / {text}: {field} period {got:?}, want {want:?}"));
        }
    }
    assert!(errs.is_empty(), "{} of {} cases failed:\n{}", errs.len(), cases.len(), errs.join("\n"));
}

/// (text, unit, county, city, province, year, kind)
type IdCase<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str, Option<i32>, Kind);

/// Each text's first record has exactly this identity; every mismatch is listed.
fn check_identity(cases: &[IdCase]) {
    let mut errs = Vec::new();
    for (text, unit, county, city, province, year, kind) in cases {
        let recs = extract_text("case.txt", text);
        let Some(r) = recs.first() else {
            errs.push(format!("{text}: no record"));
            continue;
        };
        let got = (
            r.id.unit.as_str(),
            r.id.county.as_str(),
            r.id.city.as_str(),
            r.id.province.as_str(),
            r.id.year,
            r.id.kind,
        );
        if got != (*unit, *county, *city, *province, *year, *kind) {
            errs.push(format!("{text}\n    got {got:?}"));
        }
    }
    assert!(errs.is_empty(), "{} of {} cases failed:\n{}", errs.len(), cases.len(), errs.join("\n"));
}

/// Unit, place, year and kind of reports from across China (points 2, 3, 6).
#[test]
fn identity_across_china() {
    let cases: &[IdCase] = &[
        ("宣城市公安局禁毒项目支出绩效自评表\n(2021年度)\n年度资金总额\t100\t100\t100\n宁国市、郎溪县禁毒工作。禁毒宣传。", "宣城市公安局", "", "宣城市", "安徽省", Some(2021), P),
        ("昆明市禁毒委员会办公室2022年度部门整体支出绩效自评报告\n全年支出300万元。官渡区、盘龙区禁毒工作。毒品。", "昆明市禁毒委员会办公室", "", "昆明市", "云南省", Some(2022), W),
        ("陆丰市公安局2023年度禁毒专项经费项目支出绩效自评报告\n项目预算50万元，实际支出49万元。禁毒。毒品。", "陆丰市公安局", "陆丰市", "汕尾市", "广东省", Some(2023), P),
        ("2023年禁毒工作总结\n陆丰市公安局\n全年破获毒品刑事案件47起。禁毒。毒品。", "陆丰市公安局", "陆丰市", "汕尾市", "广东省", Some(2023), S),
        ("长沙县星沙街道2022年禁毒工作总结\n全年查处吸毒人员12名。禁毒。毒品。", "", "长沙县", "长沙市", "湖南省", Some(2022), S),
        ("2022年度项目支出绩效自评表\n项目名称\t禁毒经费\n主管部门\t屏山县公安局\n实施单位\t屏山县公安局禁毒大队\n年度资金总额\t10\t10\t9.8\n禁毒。毒品。", "屏山县公安局禁毒大队", "屏山县", "宜宾市", "四川省", Some(2022), P),
        ("项目支出绩效自评表\n（2023年度）\n项目名称\n禁毒工作专项经费\n实施单位\n南宁市公安局武鸣分局\n年度资金总额\t10\t10\t9.8\n禁毒。毒品。", "南宁市公安局武鸣分局", "武鸣区", "南宁市", "广西壮族自治区", Some(2023), P),
        ("兴义市公安局禁毒专项经费项目支出绩效自评表\n发布时间：2023-04-12 来源：兴义市公安局\n年度资金总额\t10\t10\t9.8\n禁毒。毒品。", "兴义市公安局", "兴义市", "黔西南布依族苗族自治州", "贵州省", Some(2022), P),
        ("禁毒专项经费项目支出绩效自评表\n年度资金总额\t10\t10\t9.8\n禁毒。毒品。禁毒宣传。", "", "", "", "", None, P),
        ("关于2023年全县禁毒工作情况的报告\n屏山县禁毒委员会办公室\n全年破获毒品刑事案件14起。禁毒。毒品。", "屏山县禁毒委员会办公室", "屏山县", "宜宾市", "四川省", Some(2023), S),
        ("兰陵县召开禁毒工作新闻发布会\n发布时间：2023-07-04 16:20\n今年以来，全县破获毒品刑事案件23起。禁毒。毒品。", "", "兰陵县", "临沂市", "山东省", Some(2023), S),
        ("耿马县2022年禁毒工作总结\n2023年1月5日\n全年破获毒品刑事案件30起。禁毒。毒品。", "", "耿马傣族佤族自治县", "临沧市", "云南省", Some(2022), S),
        ("禁毒工作年度通报\n2024年1月8日\n今年以来，江川区共查获吸毒人员45人次。禁毒。毒品。", "", "江川区", "玉溪市", "云南省", Some(2024), S),
        ("澄海區禁毒委員會辦公室2022年度部門整體支出績效自評報告\n全年支出經費80萬元。禁毒宣傳。毒品。", "澄海区禁毒委员会办公室", "澄海区", "汕头市", "广东省", Some(2022), W),
        ("部门整体支出绩效自评表\n（2022年度）\n部门（单位）名称\t麻城市禁毒委员会办公室\n年度资金总额\t10\t10\t9.8\n禁毒。毒品。", "麻城市禁毒委员会办公室", "麻城市", "黄冈市", "湖北省", Some(2022), W),
        (
            "江川区禁毒工作新闻发布会\n发布时间：2022-01-14 10:00\n去年，全区共破获毒品刑事案件12起，查处吸毒人员40人次。去年禁毒宣传。毒品。",
            "",
            "江川区",
            "玉溪市",
            "云南省",
            Some(2021),
            S,
        ),
        (
            "江川区禁毒办项目支出绩效自评报告\n发布时间：2022-03-14 10:00\n2021年项目预算20万元，实际支出19万元。\n2022年3月10日完成自评，2022年3月14日公开。禁毒。毒品。",
            "江川区禁毒办",
            "江川区",
            "玉溪市",
            "云南省",
            Some(2021),
            P,
        ),
    ];
    check_identity(cases);
}

/// A form flattened one cell per line with blank lines between (a Hunan 基本概况 table).
#[test]
fn form_cells_with_blank_lines() {
    run(&[
        (
            W,
            "人员编制\n\n21\n\n实有人数\n\n19\n\n职能职责概述\n\n负责全市禁毒工作。",
            &["staff_quota=21", "staff_actual=19"],
        ),
        (W, "查获吸毒人员\n\n63", &["users_caught=63"]),
        (W, "年度\n\n2021", &["!staff_quota", "!staff_actual"]),
    ]);
}

/// The plans for the year to come are targets: a list opened by 力争 / 争取 (each of its
/// clauses), and any figure under a heading of plans (二、2023年工作计划, 下步工作打算).
#[test]
fn plans_for_the_year_to_come_are_targets() {
    run(&[
        (
            S,
            "2023年，力争破获毒品刑事案件120起，查获吸毒人员260人次，开展禁毒宣传活动400场次。",
            &["!criminal_cases", "!users_caught", "!publicity_events"],
        ),
        (S, "全年争取查处吸毒人员80人次以上，强制隔离戒毒30人。", &["!users_caught", "!compulsory_rehab"]),
        (
            S,
            "一、工作成效\n全年查获吸毒人员245人次。\n二、2023年工作计划\n全县开展禁毒宣传活动400场次，管控率达到98%以上。",
            &["users_caught=245", "!publicity_events", "!control_rate"],
        ),
        (
            S,
            "全年开展禁毒宣传活动210场次。\n三、下步工作打算\n全年开展毛发检测2000人。",
            &["publicity_events=210", "!hair_tests"],
        ),
        // (力争 inside a clause's words, not opening a list, leaves the results be)
        (S, "全县以创建示范县为抓手力争上游，全年破获毒品刑事案件30起。", &["criminal_cases=30"]),
        // (a target named so after its figure, the result after it)
        (
            S,
            "年初确定破获毒品刑事案件10起的目标，实际破获毒品刑事案件13起，完成率130%。",
            &["criminal_cases=13"],
        ),
        (S, "全年下达开展禁毒宣传活动200场次的任务，实际开展236场次。", &["publicity_events=236"]),
        // (将力争, 还将争取: the intent after a word of the future)
        (S, "2024年，将力争开展禁毒宣传活动200场次，毛发检测覆盖率达到100%。", &["!publicity_events", "!hair_test_rate"]),
        // (a heading of the next steps to improve: 五、下一步改进措施)
        (
            S,
            "全年开展禁毒宣传活动168场次。\n五、下一步改进措施\n全年开展毛发检测2000人。",
            &["publicity_events=168", "!hair_tests"],
        ),
    ]);
}

/// A table of this year's figures beside last year's (本年数 / 上年数 / 增减率): each row's label
/// names the sum (年度预算, 实际支出), its parts (其中：基本支出) keep the stage above them, and
/// last year's column is never read.
#[test]
fn this_years_column_beside_last_years() {
    run(&[
        (
            W,
            "单位：万元\n项目\t本年数\t上年数\t增减率\n年度预算\t215.30\t198.60\t8.41%\n实际支出\t209.11\t190.20\t9.94%\n其中：基本支出\t121.45\t117.80\t3.10%\n项目支出\t87.66\t72.40\t21.08%",
            &["budget_total=215.3", "actual_total=209.11", "basic_actual=121.45", "project_actual=87.66", "!basic_budget"],
        ),
        (
            W,
            "项目\t上年数\t本年数\n预算数\t80\t92.5\n决算数\t77\t90.1\n预算执行率\t96.25%\t97.41%",
            &["budget_total=92.5", "actual_total=90.1", "execution_rate_stated=97.41"],
        ),
        // (income rows name a budget only as their source: no sum of the unit's)
        (
            W,
            "项目\t本年数\t上年数\n一般公共预算财政拨款收入\t186.42\t170.3\n本年支出合计\t186.42\t170.3",
            &["!budget_total"],
        ),
    ]);
}

/// A bare figure after a label naming its unit in parentheses (新发现吸毒人员（人）9,
/// 管控率（%）：99.3); a sum in 万 alone after a word of the budget (年初预算45万).
#[test]
fn units_named_in_the_label_or_wan_alone() {
    run(&[
        (S, "全年新发现吸毒人员（人）9，强制隔离戒毒（人）41。", &["new_users=9", "compulsory_rehab=41"]),
        (S, "全县社区戒毒社区康复人员（人）：287；管控率（%）：99.3。", &["community_cases=287", "control_rate=99.3"]),
        (S, "全县查获吸毒人员（2023年）45。", &["!users_caught"]),
        (
            P,
            "年初预算45万，全年调整预算为50万，实际支出48.6万，预算执行率97.2%。",
            &["budget_total=50", "actual_total=48.6"],
        ),
        (P, "项目资金（万元）：预算数：52.3；执行数：48.92。", &["budget_total=52.3", "actual_total=48.92"]),
        // (spending named by its verb alone as a cell's label)
        (W, "单位：万元\n全年预算：171；全年支出：166.2；执行率：97.19%", &["budget_total=171", "actual_total=166.2"]),
        (W, "单位：万元\n预算数：88；实际支出：86.4。", &["budget_total=88", "actual_total=86.4"]),
        // (万 alone of persons or copies is no money)
        (S, "全年发放宣传资料5万份，受教育群众3.2万人次，禁毒经费投入较多。", &["!budget_total", "!actual_total"]),
        // (an indicator's columns named between the label and its value: the label's unit is each
        // value's, the target's a target)
        (P, "开展禁毒宣传活动（场次）：指标值≥50，实际完成值63。", &["publicity_events=63"]),
        (P, "查获吸毒人员（人次）：年度指标值≥100；实际值118。", &["users_caught=118"]),
        (P, "社区戒毒社区康复人员管控率（%）：目标值≥95，完成值98.2。", &["control_rate=98.2"]),
        (P, "尿检（人次）：计划值2000，实际完成2316。", &["urine_tests=2316"]),
        // (a label of what was done against the target is the results')
        (P, "年度总体目标完成情况：全年开展禁毒宣传活动136场次。", &["publicity_events=136"]),
        (P, "绩效目标实现情况：查获吸毒人员47人次，毛发检测320人。", &["users_caught=47", "hair_tests=320"]),
        (P, "年度绩效目标：全年开展禁毒宣传活动100场次。", &["!publicity_events"]),
        // (…and not to a year named after other words: 2023 is no count)
        (S, "查获吸毒人员（人次）：详见2023年统计表。", &["!users_caught"]),
    ]);
}

/// A list of figures parted by 、 reads each item with its own words; a score after 为：.
#[test]
fn items_parted_by_dunhao_and_a_score_after_a_colon() {
    run(&[
        (
            S,
            "全年共破获毒品刑事案件7起、抓获犯罪嫌疑人9名、查获吸毒人员57名（次），强制隔离戒毒约30人。",
            &["criminal_cases=7", "users_caught=57", "compulsory_rehab=30~"],
        ),
        (
            S,
            "全县刑事拘留12人、移送起诉10人、查获吸毒人员31人次。",
            &["detained=12", "prosecuted=10", "users_caught=31"],
        ),
        // (values alone after 、 stay one list)
        (S, "全县破获毒品刑事案件、查获吸毒人员分别为14起、52人次。", &["criminal_cases=14", "users_caught=52"]),
        (W, "综合评价得分为：93.5分（满分100分）", &["self_score=93.5"]),
        (W, "经评价，本部门自评得分为：91分。", &["self_score=91"]),
    ]);
}

/// A table of years side by side in a year's summary: the year's column is its figures;
/// the other years' are none of its.
#[test]
fn a_table_of_years_side_by_side() {
    let t = "莒县2023年禁毒工作总结\n指标\t2021年\t2022年\t2023年\n破获毒品刑事案件（起）\t12\t9\t14\n查获吸毒人员（人次）\t48\t41\t37\n新发现吸毒人员\t8\t5\t4人\n";
    let r = extract_text("t.txt", t);
    let mine = r.iter().find(|x| x.id.year == Some(2023)).expect("the 2023 record");
    assert_eq!(
        (mine.value(Field::CriminalCases), mine.value(Field::UsersCaught), mine.value(Field::NewUsers)),
        (Some(14.0), Some(37.0), Some(4.0))
    );
    // (a year the table does not show gives nothing from it)
    let t = "某县2024年禁毒工作总结\n指标\t2021年\t2022年\t2023年\n破获毒品刑事案件（起）\t12\t9\t14\n全年开展禁毒宣传活动50场次。\n";
    let r = extract_text("t.txt", t);
    assert!(
        r.iter().all(|x| x.value(Field::CriminalCases).is_none()),
        "{:?}",
        r.iter().map(|x| x.value(Field::CriminalCases)).collect::<Vec<_>>()
    );
}

/// Sums of several stages after 分别 (预算数与执行数分别为40万元和38.2万元) pair with their labels.
#[test]
fn sums_of_stages_after_fenbie() {
    run(&[
        (P, "禁毒经费预算数与执行数分别为40万元和38.2万元，执行率95.5%。", &["budget_total=40", "actual_total=38.2"]),
        (W, "基本支出预算、决算分别为88.2万元、88.01万元。", &["basic_budget=88.2", "basic_actual=88.01"]),
        (
            W,
            "年初预算、调整后预算和实际支出分别为120万元、126万元和121.3万元。",
            &["budget_total=126", "actual_total=121.3"],
        ),
    ]);
}

/// A province's or city's event held in a county (…活动在富宁县举行) is not that county's news;
/// a county's own event stays the county's.
#[test]
fn a_county_as_the_venue_of_a_provinces_event() {
    let cases: &[IdCase] = &[
        ("云南省“6·26”国际禁毒日集中宣传活动在富宁县举行\n发布时间：2023-06-26 18:02\n今年以来，全省共破获毒品刑事案件1,236起。禁毒。毒品。", "", "", "", "云南省", Some(2023), S),
        ("信阳市集中销毁毒品活动在光山县举行\n发布时间：2023-06-20\n今年以来，全市共破获毒品刑事案件96起。禁毒。毒品。", "", "", "信阳市", "河南省", Some(2023), S),
        ("光山县禁毒宣传活动在县城广场举行\n发布时间：2023-06-20\n今年以来，全县共破获毒品刑事案件7起。禁毒。毒品。", "", "光山县", "信阳市", "河南省", Some(2023), S),
        // (a province's meeting held in a city named by its stem alone is no city's news)
        ("全省禁毒工作电视电话会议在兰州召开\n发布时间：2024-03-12\n2023年，全省共破获毒品刑事案件415起。全省查获吸毒人员980人次。禁毒。", "", "", "", "甘肃省", Some(2023), S),
        ("浙江省禁毒委全体会议在宁波举行\n发布时间：2022-04-02\n2021年，全省共破获毒品刑事案件1,830起。全省共查获吸毒人员9,120人次。禁毒。", "", "", "", "浙江省", Some(2021), S),
        // (the province of a city's name, 吉林省, is no city)
        ("吉林省公安厅召开禁毒工作新闻发布会\n发布时间：2020-06-24\n2019年，全省共破获毒品刑事案件1,102起。禁毒。毒品。", "", "", "", "吉林省", Some(2019), S),
        // (…while a city's own meeting in its own city keeps it)
        ("全市禁毒工作会议在长春召开\n发布时间：2022-02-20\n2021年，全市共破获毒品刑事案件210起，查获吸毒人员430人次。禁毒。", "", "", "长春市", "吉林省", Some(2021), S),
    ];
    check_identity(cases);
}

/// A count row set in a money table (a pdftotext page: 查获吸毒人员 ≥30人次 38人次 under 年初预算
/// 数 / 全年预算数 / …): read as an indicator, the bound its target.
#[test]
fn a_count_row_in_a_money_table() {
    run(&[(
        W,
        "年初预算数\t全年预算数\t全年执行数\t执行率\n年度资金总额\t96\t101.5\t99.1\t97.64%\n查获吸毒人员\t≥30人次\t38人次",
        &["budget_total=101.5", "users_caught=38"],
    )]);
}

/// A campaign's period (宣传月活动期间, 百日攻坚行动中) gives that campaign's figures, yielding to
/// the year's.
#[test]
fn a_campaigns_period_yields_to_the_year() {
    run(&[
        (S, "禁毒宣传月活动期间开展宣传活动40场，全年共开展禁毒宣传活动152场。", &["publicity_events=152"]),
        (S, "百日攻坚行动中查获吸毒人员12人次。全年查获吸毒人员51人次。", &["users_caught=51"]),
        // (a campaign's figures alone still stand, yielding to none)
        (S, "集中宣传活动期间开展禁毒宣传活动40场次。", &["publicity_events=40"]),
        // (a holiday's days are such a period too: 春节期间, 暑假期间)
        (S, "春节期间，县禁毒办组织开展禁毒宣传活动18场次。全年共开展禁毒宣传活动96场次。", &["publicity_events=96"]),
        (S, "暑假期间开展青少年禁毒宣传活动25场次，全年共开展禁毒宣传活动130场次。", &["publicity_events=130"]),
    ]);
}

/// A file bundling several funds' evaluations under numbered part titles: one record per
/// drug-control fund, under the file's title (its unit and year); an unrelated fund's part
/// gives none. One attached form alone stays part of the evaluation before it.
#[test]
fn numbered_parts_of_several_funds() {
    let t = "某县司法局2023年度项目支出绩效自评报告汇编\n一、社区矫正工作经费项目支出绩效自评表\n年初预算数\t全年预算数\t全年执行数\t执行率\n30\t32\t31.2\t97.5%\n社区矫正对象监管率100%。\n二、社区戒毒社区康复工作经费项目支出绩效自评表\n年初预算数\t全年预算数\t全年执行数\t执行率\n24\t26\t25.1\t96.54%\n社区戒毒社区康复人员在管132名。\n";
    let r = extract_text("b.txt", t);
    assert_eq!(r.len(), 1, "{:?}", r.iter().map(|x| &x.id).collect::<Vec<_>>());
    assert_eq!(
        (r[0].value(Field::BudgetTotal), r[0].value(Field::CommunityCases), r[0].id.year),
        (Some(26.0), Some(132.0), Some(2023))
    );
    let t = "某县禁毒委员会办公室2022年度项目支出绩效自评报告\n（一）禁毒宣传教育经费项目支出绩效自评表\n年初预算数\t全年预算数\t全年执行数\t执行率\n20\t20\t19.4\t97%\n全年开展禁毒宣传活动210场次。\n（二）吸毒人员毛发检测经费项目支出绩效自评表\n年初预算数\t全年预算数\t全年执行数\t执行率\n15\t15\t14.2\t94.67%\n全年完成毛发检测2150人。\n";
    let r = extract_text("b.txt", t);
    let got: Vec<_> = r
        .iter()
        .map(|x| (x.id.year, x.value(Field::BudgetTotal), x.value(Field::PublicityEvents), x.value(Field::HairTests)))
        .collect();
    assert_eq!(got, [(Some(2022), Some(20.0), Some(210.0), None), (Some(2022), Some(15.0), None, Some(2150.0))]);
    // (parts named 第一部分 and the fund alone)
    let t = "某县禁毒委员会办公室2022年度项目支出绩效自评报告\n第一部分  禁毒宣传教育经费\n项目资金：年初预算20万元，实际支出19.4万元，执行率97%。\n全年开展禁毒宣传活动210场次。\n第二部分  吸毒人员毛发检测经费\n项目资金：年初预算15万元，实际支出14.2万元，执行率94.67%。\n全年完成毛发检测2150人。\n";
    let r = extract_text("b.txt", t);
    let got: Vec<_> = r.iter().map(|x| (x.id.year, x.value(Field::BudgetTotal), x.value(Field::HairTests))).collect();
    assert_eq!(got, [(Some(2022), Some(20.0), None), (Some(2022), Some(15.0), Some(2150.0))]);
    // (one attached form alone stays the evaluation's)
    let t = "某县禁毒委员会办公室2022年度部门整体支出绩效自评报告\n全年预算80万元，实际支出78万元。\n四、禁毒专项经费项目支出绩效自评表\n全年开展禁毒宣传活动60场次。\n";
    assert_eq!(extract_text("b.txt", t).len(), 1);
}

/// An indicator's target and actual in one cell (≥1500次/1,746次, 指标值/完成值): the actual.
#[test]
fn target_and_actual_in_one_cell() {
    run(&[
        (P, "社区戒毒社区康复人员尿检次数  ≥1500次/1,746次", &["urine_tests=1746"]),
        (P, "吸毒人员毛发检测人数 ≥600人/688人", &["hair_tests=688"]),
        (P, "管控率 ≥95%/98.8%", &["control_rate=98.8"]),
        (
            P,
            "资金（万元）：预算数 36，执行数 34.2，执行率 95%",
            &["budget_total=36", "actual_total=34.2", "execution_rate_stated=95"],
        ),
        (
            P,
            "项目资金（万元）：预算数36，执行数34.2，执行率95%。",
            &["budget_total=36", "actual_total=34.2", "execution_rate_stated=95"],
        ),
    ]);
}

/// A money row written as label：value pairs under a caption in 万元, the pairs parted by
/// ；or ，: each bare value is its column's sum.
#[test]
fn money_rows_of_label_value_pairs() {
    run(&[
        (
            W,
            "预算执行情况（万元）：年初预算数：132.00；全年预算数：140.50；全年执行数：136.93；执行率：97.46%\n基本支出：全年预算数：88.20；全年执行数：88.01",
            &["budget_total=140.5", "actual_total=136.93", "basic_budget=88.2", "basic_actual=88.01"],
        ),
        (
            W,
            "单位：万元\n项目支出：预算数：52.3，执行数：48.92，执行率93.54%",
            &["project_budget=52.3", "project_actual=48.92"],
        ),
        // (a count after a colon is no money)
        (W, "单位：万元\n人员编制：8；实有人数：7", &["!budget_total", "!actual_total"]),
    ]);
}

/// A results heading inside an evaluation report is a section of it, not a summary of its own.
#[test]
fn a_results_heading_inside_an_evaluation_is_a_section() {
    let t = "屏山县禁毒委员会办公室2023年度部门整体支出绩效自评报告\n全年预算80万元，实际支出78万元。\n2023年禁毒工作情况\n全年破获毒品刑事案件14起，查获吸毒人员41名。\n";
    let r = extract_text("s.txt", t);
    assert_eq!(r.len(), 1, "{:?}", r.iter().map(|x| &x.id).collect::<Vec<_>>());
    assert_eq!(r[0].id.kind, W);
    assert_eq!((r[0].value(Field::ActualTotal), r[0].value(Field::CriminalCases)), (Some(78.0), Some(14.0)));
}

/// A record without a year says why, as a note the checker turns into a finding.
#[test]
fn a_record_without_a_year_carries_a_note() {
    let recs = extract_text(
        "n.txt",
        "禁毒专项经费项目支出绩效自评表\n项目资金\t年初预算数\t全年预算数\t全年执行数\n年度资金总额\t10\t12\t11.5\n禁毒宣传。毒品。\n",
    );
    assert_eq!(recs[0].id.year, None);
    assert!(recs[0].notes.iter().any(|n| n.code == jixiao::model::FindingCode::C06), "{:?}", recs[0].notes);
    let recs = extract_text(
        "n.txt",
        "禁毒专项经费项目支出绩效自评表\n（2022年度）\n项目资金\t年初预算数\t全年预算数\t全年执行数\n年度资金总额\t10\t12\t11.5\n禁毒。毒品。\n",
    );
    assert_eq!(recs[0].id.year, Some(2022));
    assert!(recs[0].notes.iter().all(|n| n.code != jixiao::model::FindingCode::C06));
}

/// A text that names no year anywhere takes the one its file's name states, with a note
/// saying so; a year the text names wins over the name's.
#[test]
fn a_year_only_the_file_name_states() {
    use jixiao::model::FindingCode::{C06, C17};
    let form = "禁毒专项经费项目支出绩效自评表\n项目资金\t年初预算数\t全年预算数\t全年执行数\n年度资金总额\t10\t12\t11.5\n禁毒宣传。毒品。\n";
    for name in ["2022年禁毒专项经费自评表.txt", "in/禁毒经费_2022.docx", "jinduban2022.txt"] {
        let recs = extract_text(name, form);
        assert_eq!(recs[0].id.year, Some(2022), "{name}");
        let codes: Vec<_> = recs[0].notes.iter().map(|n| n.code).collect();
        assert!(codes.contains(&C17) && !codes.contains(&C06), "{name}: {codes:?}");
    }
    // a hash for a name: no year, and the note of why
    let recs = extract_text("000_61652576dd84221e.txt", form);
    assert_eq!(recs[0].id.year, None);
    assert!(recs[0].notes.iter().any(|n| n.code == C06) && recs[0].notes.iter().all(|n| n.code != C17));
    // the text's own year stands
    let dated = form.replacen("\n", "\n（2021年度）\n", 1);
    let recs = extract_text("2022年禁毒专项经费自评表.txt", &dated);
    assert_eq!(recs[0].id.year, Some(2021));
    assert!(recs[0].notes.iter().all(|n| n.code != C17));
}

/// News pages and year-end articles: a county named by its short name, a county name never
/// read from inside a province's or city's name, province- and city-level news, date lines
/// in a newspaper's or a web page's formats, a unit that is an organ and never a headline.
#[test]
fn news_pages_identity() {
    let cases: &[IdCase] = &[
        // the short name opens the headline; the text says 全县 / 我县 / 全市
        ("文成近年来禁毒工作成效显著\n发布时间：2019年03月07日\n2018年，全县共破获毒品刑事案件21起。禁毒。毒品。", "", "文成县", "温州市", "浙江省", Some(2018), S),
        ("祁东禁毒经验在全国推介\n2013-04-24 衡阳日报\n今年1至3月，我县共破获毒品刑事案件15起。禁毒。毒品。", "", "祁东县", "衡阳市", "湖南省", Some(2013), S),
        ("老河口：禁毒宣传进万家\n（2020年6月26日）\n今年以来，全市查处吸毒人员41人次。禁毒。毒品。", "", "老河口市", "襄阳市", "湖北省", Some(2020), S),
        ("2021年，沭阳禁毒打出组合拳\n全县破获毒品刑事案件26起，查获吸毒人员77人次。禁毒。毒品。", "", "沭阳县", "宿迁市", "江苏省", Some(2021), S),
        // a short name in the text stands beside the county's own word
        ("禁毒工作再上新台阶\n发布时间：2022-12-30 09:10\n今年以来，弥勒市委市政府高位推动，全市共破获毒品刑事案件35起。禁毒。毒品。", "", "弥勒市", "红河哈尼族彝族自治州", "云南省", Some(2022), S),
        // 黑龙江 holds 龙江 (龙江县), 老河口 holds 河口: no county from inside a longer name
        ("黑龙江省禁毒委召开新闻发布会\n2013/7/19 16:26:00\n今年上半年，全省共破获毒品刑事案件702起。禁毒。毒品。", "", "", "", "黑龙江省", Some(2013), S),
        ("黑龍江省禁毒委召開新聞發佈會\n2013/7/19 16:26:00\n今年上半年，全省破獲毒品刑事案件702起，查處吸毒人員3100人次。禁毒。", "", "", "", "黑龙江省", Some(2013), S),
        ("龙江县2021年禁毒工作总结\n全县共破获毒品刑事案件12起。禁毒。毒品。", "", "龙江县", "齐齐哈尔市", "黑龙江省", Some(2021), S),
        // province and city news: the province or city, no county
        ("1至10月全省破获毒品刑事案件702起\n来源：湖南日报 2018-11-23 15:31:12\n1至10月，全省破获毒品刑事案件702起。禁毒。毒品。", "", "", "", "湖南省", Some(2018), S),
        ("广西禁毒工作新闻发布会\n发布时间：2021-06-24 10:00\n今年以来，全区各级禁毒部门深入推进禁毒人民战争，全区破获毒品刑事案件1680起。禁毒。毒品。", "", "", "", "广西壮族自治区", Some(2021), S),
        ("2022年赣州市禁毒工作新闻发布会\n全市破获毒品刑事案件301起，于都县破获毒品刑事案件42起。全市禁毒。毒品。", "", "", "赣州市", "江西省", Some(2022), S),
        ("曲靖市2023年禁毒工作综述\n全市共破获毒品刑事案件420起，其中会泽县破获61起。市委高度重视禁毒。毒品。", "", "", "曲靖市", "云南省", Some(2023), S),
        // a unit is an organ's name, never the headline it opens
        ("西峡县公安局禁毒大队荣获全国禁毒工作先进集体称号\n2020年，该大队破获毒品刑事案件31起。禁毒。毒品。", "西峡县公安局禁毒大队", "西峡县", "南阳市", "河南省", Some(2020), S),
        ("县公安局禁毒大队荣获先进集体称号 2015年以来，该大队始终坚持严打方针\n2020年，全县破获毒品刑事案件31起。禁毒。毒品。", "县公安局禁毒大队", "", "", "", Some(2020), S),
    ];
    check_identity(cases);
}

/// Persons under community detox and rehab, as county, city and province pages word them.
#[test]
fn community_counts_worded_many_ways() {
    run(&[
        (S, "目前，全县314名吸毒人员纳入社区戒毒(康复)。", &["community_cases=314"]),
        (S, "1至10月，全县社区戒毒社区康复1145人。", &["community_cases=1145"]),
        (S, "全市社区戒毒、社区康复人员208名，管控率达97.5%。", &["community_cases=208", "control_rate=97.5"]),
        (S, "全区在社戒社康人员97人。", &["community_cases=97"]),
        (S, "现有社区戒毒（康复）人员156名。", &["community_cases=156"]),
        (S, "全县纳入社区戒毒社区康复管理人员233名。", &["community_cases=233"]),
        (S, "社区戒毒和社区康复对象共计86人。", &["community_cases=86"]),
        (S, "在管社区戒毒社区康复人员512名，执行率100%。", &["community_cases=512", "!execution_rate_stated"]),
        (S, "全年责令社区戒毒68人。", &["!community_cases"]),
        (S, "新增社区戒毒人员21名。", &["!community_cases"]),
        (S, "解除社区戒毒社区康复45人。", &["!community_cases"]),
        (S, "社区戒毒社区康复执行率达96.8%。", &["!community_cases", "!execution_rate_stated"]),
        (S, "历年累计报到社区戒毒社区康复人员1020名。", &["!community_cases"]),
        (S, "314名吸毒人员纳入网格化管理。", &["registered_users=314", "!community_cases"]),
    ]);
}

/// Dates of news pages (a newspaper's date line, a web page's 发布时间 or 来源 line, a date
/// in brackets under the title) place 今年 figures; several years' totals are no year's value.
#[test]
fn news_dates_and_multi_year_totals() {
    // (title and date line, text, field, Some(period) = kept with that period ("" = full year), None = dropped)
    let cases: &[(&str, &str, &str, Option<&str>)] = &[
        (
            "祁东禁毒经验在全国推介\n2013-04-24 衡阳日报",
            "今年1至3月，我县共破获毒品刑事案件15起。",
            "criminal_cases",
            Some("2013-01..2013-03"),
        ),
        (
            "黑龙江省禁毒委召开新闻发布会\n2013/7/19 16:26:00",
            "今年上半年，全省共破获毒品刑事案件702起。",
            "criminal_cases",
            Some("2013-01..2013-06"),
        ),
        (
            "麻栗坡县召开禁毒工作新闻发布会\n（2020年6月26日）",
            "今年以来，全县查处吸毒人员41人次。",
            "users_caught",
            Some("2020-01..2020-06"),
        ),
        (
            "泸州警方持续严打毒品犯罪\n2018-06-26 07:29:04 来源：泸州新闻网",
            "截至本月15日，全市共破获毒品刑事案件778起。",
            "criminal_cases",
            Some("2018-01..2018-06"),
        ),
        (
            "禁毒工作再上新台阶\n发布时间：2019年10月12日",
            "目前，全县在社戒社康人员97人。",
            "community_cases",
            Some("2019-01..2019-10"),
        ),
        ("平江县2023年禁毒工作总结\n2024年1月8日", "目前，全县在册吸毒人员806名。", "registered_users", Some("")),
        ("渭源县2021年禁毒工作总结", "五年间，全县共查处吸毒人员620人次。", "users_caught", None),
        (
            "禁毒宣传月活动圆满收官\n发布时间：2021-07-02 来源：县禁毒办",
            "6月以来，全县共开展禁毒宣传活动46场次。",
            "publicity_events",
            Some("2021-06..2021-07"),
        ),
        ("渭源县2021年禁毒工作总结", "3月份以来，全县共开展毛发检测212人。", "hair_tests", Some("2021-03..2021-12")),
        ("渭源县2021年禁毒工作总结", "2020年6月以来，全县共开展毛发检测512人。", "hair_tests", None),
        (
            "渭源县2021年禁毒工作情况",
            "截至今年11月，全县共侦破毒品刑事案件30起。",
            "criminal_cases",
            Some("2021-01..2021-11"),
        ),
        ("渭源县2021年禁毒工作情况", "截至9月中旬，全县查处吸毒人员41人次。", "users_caught", Some("2021-01..2021-09")),
        ("渭源县2021年禁毒工作总结", "2016年至2020年，全县破获毒品刑事案件96起。", "criminal_cases", None),
        ("渭源县2021年禁毒工作总结", "2019-2021年，全县共破获毒品刑事案件40起。", "criminal_cases", None),
        ("渭源县2021年禁毒工作总结", "从警以来，他带领民警破获毒品刑事案件90起。", "criminal_cases", None),
        (
            "渭源县2021年禁毒工作总结",
            "许多年轻人参与禁毒宣传，全年开展禁毒宣传活动120场次。",
            "publicity_events",
            Some(""),
        ),
        (
            "渭源县禁毒委员会办公室2021年度部门整体支出绩效评价报告",
            "按照《禁毒工作规划（2021-2025年）》，全年开展禁毒宣传活动36场次。",
            "publicity_events",
            Some(""),
        ),
    ];
    let mut errs = Vec::new();
    for (title, text, field, want) in cases {
        let recs = extract_text("d.txt", &format!("{title}\n{text}\n禁毒工作。\n"));
        let f = Field::from_name(field).unwrap();
        let got = recs.first().and_then(|r| r.get(f)).map(|x| x.period.clone().unwrap_or_default());
        if got.as_deref() != *want {
            errs.push(format!("{title} / {text}: {field} period {got:?}, want {want:?}"));
        }
    }
    assert!(errs.is_empty(), "{} of {} cases failed:\n{}", errs.len(), cases.len(), errs.join("\n"));
}

/// A feature on an award or a person names only several years' totals: no record of a year.
#[test]
fn an_award_feature_yields_no_figures() {
    for t in [
        "西峡县公安局禁毒大队荣获全国禁毒工作先进集体称号 2015年以来，该大队始终坚持严打方针\n2015年以来，该大队共查破毒品刑事案件130起，抓获犯罪嫌疑人214名。\n五年间，查处吸毒人员620人次。\n",
        "记禁毒民警张某某\n从警以来，他参与侦破毒品刑事案件90余起，查获吸毒人员300余人次。近三年，他组织禁毒宣传活动200场次。\n",
    ] {
        let recs = extract_text("a.txt", t);
        let facts: Vec<_> = recs.iter().flat_map(|r| r.facts.iter().map(|f| (f.field, f.value))).collect();
        assert!(facts.is_empty(), "{t}: {facts:?}");
        assert!(recs.iter().all(|r| r.id.unit.chars().count() <= 30 && !r.id.unit.contains('，')), "{t}");
    }
}

/// A figure of one county inside a city's or a province's news is that county's, not the record's.
#[test]
fn another_places_figure_in_city_news() {
    let t =
        "2023年泸州市禁毒工作新闻发布会\n全市共破获毒品刑事案件87起，泸县开展禁毒宣传活动46场次。\n全市禁毒。毒品。\n";
    let r = extract_text("c.txt", t);
    assert_eq!((r[0].id.county.as_str(), r[0].id.city.as_str()), ("", "泸州市"));
    assert_eq!(r[0].value(Field::CriminalCases), Some(87.0));
    assert_eq!(r[0].value(Field::PublicityEvents), None);
    // a county's own name opening its own clause is the record's
    let t = "泸县2023年禁毒工作总结\n泸县全年开展禁毒宣传活动46场次。\n全县禁毒。毒品。\n";
    let r = extract_text("c.txt", t);
    assert_eq!((r[0].id.county.as_str(), r[0].value(Field::PublicityEvents)), ("泸县", Some(46.0)));
}

/// A town's or street's figure inside its county's summary is that town's part, not the county's;
/// a town's own summary keeps its figures.
#[test]
fn a_towns_figure_in_its_countys_summary() {
    let t = "阜平县2020年度禁毒工作总结\n一、主要工作成效\n2020年，全县强制隔离戒毒46人，城关镇查获吸毒人员2名。全县查处吸毒人员196人。\n";
    let r = extract_text("c.txt", t);
    assert_eq!(r[0].value(Field::UsersCaught), Some(196.0));
    for body in [
        "2020年，全县强制隔离戒毒46人，新华镇查获吸毒人员2名。",
        "东山街道共开展禁毒宣传活动12场次，全县开展尿检300人次。",
        "大水乡禁毒办组织禁毒宣传活动8场。",
    ] {
        let t = format!("阜平县2020年度禁毒工作总结\n一、主要工作成效\n{body}\n");
        let r = extract_text("c.txt", &t);
        assert_eq!(r[0].value(Field::UsersCaught), None, "{body}");
        assert_eq!(r[0].value(Field::PublicityEvents), None, "{body}");
    }
    // (all its towns are the county: 各乡镇)
    let t = "阜平县2020年度禁毒工作总结\n各乡镇共开展禁毒宣传活动120场次。\n";
    assert_eq!(extract_text("c.txt", t)[0].value(Field::PublicityEvents), Some(120.0));
    // the town's own summary
    let t = "阜平县城关镇2020年禁毒工作总结\n城关镇全年开展禁毒宣传活动12场次，查获吸毒人员2名。\n";
    let r = extract_text("c.txt", t);
    assert_eq!((r[0].value(Field::PublicityEvents), r[0].value(Field::UsersCaught)), (Some(12.0), Some(2.0)));
}

/// Enforcement figures as news pages word them.
#[test]
fn enforcement_words_from_news() {
    run(&[
        (S, "今年以来，全市警方抓获涉毒嫌疑人1024名。", &["!users_caught", "!detained"]),
        (S, "截至今年11月，全县共侦破涉毒刑事案件约30起，其中制贩毒案件近10起。", &["criminal_cases=30~"]),
        (S, "全年共查处吸毒人员超过80人次。", &["users_caught=80>"]),
        (S, "共破获毒品犯罪案件437起，打击处理犯罪嫌疑人496名。", &["criminal_cases=437", "!detained", "!prosecuted"]),
        (S, "全年查获吸毒人员1379人次，打掉贩毒团伙12个。", &["users_caught=1379"]),
        (
            S,
            "全区侦破毒品刑事案件116起，刑拘涉毒犯罪嫌疑人98人，移送审查起诉87人。",
            &["criminal_cases=116", "detained=98", "prosecuted=87"],
        ),
        (S, "全县依法收戒吸毒人员23名。", &["compulsory_rehab=23", "!users_caught"]),
        (
            S,
            "截至3月底，全区依法执行社区戒毒社区康复措施的有781人，正在依法执行强制隔离戒毒措施的有229人。",
            &["community_cases=781", "!compulsory_rehab"],
        ),
        (S, "涉毒重点人员管控率由上年的87.8%提升至100%。", &["control_rate=100"]),
    ]);
}

#[test]
fn three_year_abstinence_worded_many_ways() {
    run(&[
        (S, "全县戒断三年未复吸人员占比达52.3%。", &["abstinence_3y_rate=52.3"]),
        (S, "戒断三年未复吸率为61.8%，高于全省平均水平。", &["abstinence_3y_rate=61.8"]),
        (W, "戒断3年未复吸人员比例达48.6%。", &["abstinence_3y_rate=48.6"]),
        (S, "截至年底，我县戒断三年未复吸人员占现有吸毒人员的比例为55.1%。", &["abstinence_3y_rate=55.1"]),
        (
            S,
            "全市戒断3年未复吸人员占比提升至63.4%，复吸率下降至12.1%。",
            &["abstinence_3y_rate=63.4", "relapse_rate=12.1"],
        ),
        (W, "戒断三年以上未复吸人数占比70.2%。", &["abstinence_3y_rate=70.2"]),
        (S, "戒断三年未复吸人员1200名。", &["!abstinence_3y_rate"]),
    ]);
}

#[test]
fn a_small_budget_worded_as_expenditure_budget() {
    run(&[
        (P, "年初支出预算为5万元，实际支出4.8万元。", &["budget_total=5", "actual_total=4.8"]),
        (P, "本项目年初支出预算为3.5万元，主要用于禁毒宣传。", &["budget_total=3.5"]),
        (W, "2023年年初支出预算为8万元，全年支出7.6万元。", &["budget_total=8", "actual_total=7.6"]),
        (P, "项目年初支出预算2万元，已全部支出。", &["budget_total=2"]),
    ]);
}

/// The listed line items of the first record, in order.
fn listed_items(text: &str) -> Vec<f64> {
    let r = extract_text("items.txt", &wrap(P, text));
    r.first().map_or(vec![], |r| r.items.iter().filter(|i| i.listed).map(|i| i.value).collect())
}

#[test]
fn every_numbered_part_of_a_budget_list_is_a_line_item() {
    let cases: &[(&str, &[f64])] = &[
        (
            "年度预算资金主要包括：①禁毒宣传经费10万元；②社区戒毒经费8万元；③办公经费2万元。年初预算20万元。",
            &[10.0, 8.0, 2.0],
        ),
        ("项目资金主要用于：(1)禁毒宣传教育经费6万元；(2)禁毒社工补助经费9万元。", &[6.0, 9.0]),
        ("资金安排如下：1.毒品检测试剂购置费3.2万元；2.禁毒专干培训费1.8万元。", &[3.2, 1.8]),
        ("年度预算资金主要包括：\n①禁毒宣传经费10万元；\n②社区戒毒经费8万元；\n③办公经费2万元。", &[10.0, 8.0, 2.0]),
        ("本年预算安排包括：（1）禁种铲毒经费4万元，（2）易制毒化学品管控经费5万元。", &[4.0, 5.0]),
    ];
    let errs: Vec<String> = cases
        .iter()
        .filter(|(t, want)| listed_items(t) != *want)
        .map(|(t, want)| format!("{t}\n    listed {:?} (want {want:?})", listed_items(t)))
        .collect();
    assert!(errs.is_empty(), "{}", errs.join("\n"));
    // the first part is no budget total: the stated total stays the total
    run(&[
        (
            P,
            "年度预算资金主要包括：①禁毒宣传经费10万元；②社区戒毒经费8万元；③办公经费2万元。年初预算20万元。",
            &["budget_total=20", "!actual_total"],
        ),
        (P, "年度预算资金主要包括：\n①禁毒宣传经费10万元；\n②社区戒毒经费8万元。", &["!budget_total", "!actual_total"]),
    ]);
}

#[test]
fn a_county_named_like_a_word_is_the_place() {
    // 比如县 (那曲市, 西藏): its 比 is no comparison, its figures are this year's
    let cases: &[(&str, Field, f64)] = &[
        ("比如县禁毒委员会办公室2023年度部门整体支出绩效自评报告\n一、基本情况\n比如县禁毒办核定编制6名，实有人员5名。\n", Field::StaffQuota, 6.0),
        ("2023年度禁毒工作经费项目绩效自评报告\n比如县禁毒委员会办公室\n比如县核定编制4名。\n", Field::StaffQuota, 4.0),
        ("比如县禁毒委员会办公室2023年度部门整体支出绩效自评报告\n一、部门概况\n比如县禁毒办年初预算12万元，全年支出11.5万元。\n", Field::BudgetTotal, 12.0),
        ("比如县禁毒委员会办公室2023年禁毒工作总结\n2023年，比如县共破获毒品刑事案件3起，查处吸毒人员7名。\n", Field::CriminalCases, 3.0),
    ];
    for (text, field, want) in cases {
        let r = extract_text("biru.txt", text);
        assert_eq!(r.len(), 1, "{text}");
        assert_eq!(
            (r[0].id.county.as_str(), r[0].id.city.as_str(), r[0].id.province.as_str(), r[0].value(*field)),
            ("比如县", "那曲市", "西藏自治区", Some(*want)),
            "{text}"
        );
    }
    // a comparison in a 比如县 sentence is still a comparison
    let r = extract_text(
        "biru.txt",
        "比如县禁毒委员会办公室2023年度部门整体支出绩效自评报告\n比如县禁毒办比上年增加编制2名。\n",
    );
    assert_eq!(r[0].value(Field::StaffQuota), None);
}

/// (value, period) of a field in the first record of a text.
fn dated(text: &str, f: Field) -> Option<(f64, Option<String>)> {
    let r = extract_text("op.txt", text);
    let x = r.first()?.get(f)?;
    Some((x.value, x.period.clone()))
}

#[test]
fn this_years_operation_stands_for_the_year_when_nothing_else_does() {
    let head = "宁陕县禁毒工作纪实\n发布时间：2019-08-12 来源：宁陕县融媒体中心\n";
    let to_august = Some("2019-01..2019-08".to_string());
    // the operation of the article's own year: its figures, to the article's month
    for body in [
        "今年还专门开展了“清源”专项行动，行动中全县公安机关共侦破毒品刑事案件12起，查获吸毒人员21名。",
        "近年来我县始终保持严打高压态势，今年开展了禁毒严打专项行动，行动期间全县破获毒品刑事案件12起，查处吸毒人员21人。",
        "本年度部署开展“净边”行动，行动中全县共破获毒品刑事案件12起、查处吸毒人员21人。",
    ] {
        let t = format!("{head}{body}\n");
        assert_eq!(dated(&t, Field::CriminalCases), Some((12.0, to_august.clone())), "{body}");
        assert_eq!(dated(&t, Field::UsersCaught), Some((21.0, to_august.clone())), "{body}");
    }
    // the year's own figures win over one operation's, whichever is stated first
    let t = format!(
        "{head}今年开展了“雷霆”专项行动，行动中全县破获毒品刑事案件5起。今年以来，全县共破获毒品刑事案件12起，查处吸毒人员21人。\n"
    );
    assert_eq!(dated(&t, Field::CriminalCases), Some((12.0, to_august.clone())));
    // an operation of no stated year, or of several years, is no value of the year
    for body in [
        "在“净边”行动中，全县破获毒品刑事案件5起，查处吸毒人员8人。",
        "2016年以来连续开展专项行动，行动中破获毒品刑事案件35起。",
    ] {
        let t = format!("{head}{body}今年全县毛发检测200人。\n");
        assert_eq!(dated(&t, Field::CriminalCases), None, "{body}");
    }
}

#[test]
fn an_interview_page_without_a_headline() {
    // (text, county, year, criminal_cases, users_caught)
    let cases: &[(&str, &str, i32, f64, f64)] = &[
        (
            "2013/7/19 16:26:00 新闻来源:文成新闻网\n问黄局长，文成近年来在禁毒方面的工作开展的怎么样？ 黄小中：今年还专门开展了专项行动，行动中全县公安机关共破获涉毒案件49起，查处吸毒人员40人。\n",
            "文成县",
            2013,
            49.0,
            40.0,
        ),
        (
            "发布时间：2018-06-20 来源：县广播电视台\n问王所长，泾川近年来禁毒工作有哪些亮点？\n王建国：今年我们还开展了“净边”专项行动，行动期间全县破获毒品刑事案件8起，查获吸毒人员15名。\n",
            "泾川县",
            2018,
            8.0,
            15.0,
        ),
        (
            "2021-09-15 14:02 来源：县融媒体中心\n记者：请问赵局长，平江今年的禁毒工作成效怎么样？ 赵立新：今年全县共侦破毒品刑事案件23起，查处吸毒人员51人。\n",
            "平江县",
            2021,
            23.0,
            51.0,
        ),
    ];
    for (text, county, year, cases_, users) in cases {
        let r = extract_text("qa.txt", text);
        assert_eq!(r.len(), 1, "{text}");
        let id = &r[0].id;
        assert_eq!((id.unit.as_str(), id.county.as_str(), id.year, id.kind), ("", *county, Some(*year), S), "{text}");
        assert_eq!(
            (r[0].value(Field::CriminalCases), r[0].value(Field::UsersCaught)),
            (Some(*cases_), Some(*users)),
            "{text}"
        );
    }
}

/// An indicator described in a project report's prose: its name, its target, then what was
/// done (the target never the value), and the indicator's own points (得分10分) no self-score.
#[test]
fn indicators_in_prose() {
    run(&[
        (
            P,
            "数量指标：查获吸毒人员，年度指标值≥410人，实际完成436人，得分10分。",
            &["users_caught=436", "!self_score"],
        ),
        (P, "查获吸毒人员，年度指标值410人，实际完成436人。", &["users_caught=436"]),
        (P, "指标1：破获毒品刑事案件数，指标值：≥15起，完成值：18起。", &["criminal_cases=18"]),
        (P, "（1）毛发检测人数：目标值500人，实际完成536人，完成率107.2%。", &["hair_tests=536"]),
        (P, "产出数量：开展禁毒宣传活动不少于30场，实际开展36场。", &["publicity_events=36"]),
        (P, "社区戒毒社区康复人员管控率目标为95%，实际达到98.3%。", &["control_rate=98.3"]),
        (P, "计划完成尿检2400人次，实际完成尿检3200人次。", &["urine_tests=3200"]),
        (P, "强制隔离戒毒人数：预期30人，实际34人。", &["compulsory_rehab=34"]),
        (P, "该指标分值10分，得分9.5分。", &["!self_score"]),
        (P, "经评价，该项目得分95.5分。", &["self_score=95.5"]),
        (P, "项目自评总分为92分。", &["self_score=92"]),
        // (the column's word alone after the target: 实际值, 实际完成值, 完成数)
        (W, "产出指标-数量指标-查获吸毒人员：目标值≥20人次；实际值27人次。", &["users_caught=27"]),
        (W, "效益指标-社会效益-新发现吸毒人员：目标值≤8名；实际值5名。", &["new_users=5"]),
        (W, "质量指标：吸毒人员管控率，指标值≥95%，实际完成值98.1%。", &["control_rate=98.1"]),
        (P, "开展禁毒宣传活动：计划值40场次；完成数52场次。", &["publicity_events=52"]),
    ]);
}

/// Text from a PDF or typeset for the web: one space between a figure and the characters
/// beside it (pdftotext puts one where the font changes).
#[test]
fn figures_spaced_from_their_words() {
    run(&[
        (
            S,
            "全县共破获毒品刑事案件 14 起，刑事拘留 19 人，移送起诉 17 人。",
            &["criminal_cases=14", "detained=19", "prosecuted=17"],
        ),
        (S, "全年查处吸毒人员 36 人次，新发现吸毒人员 5 人。", &["users_caught=36", "new_users=5"]),
        (S, "社区戒毒、社区康复人员 136 名，管控率达 99.2 %。", &["community_cases=136", "control_rate=99.2"]),
        (
            W,
            "部门全年预算数为 236.4 万元，全年执行数为 229.31 万元，预算执行率为 97 %。",
            &["budget_total=236.4", "actual_total=229.31", "execution_rate_stated=97"],
        ),
        (S, "截至年底，全县在册吸毒人员 287 名，较上年下降 6.2 %。", &["registered_users=287"]),
        (S, "今年，全县力争破获毒品刑事案件 15 起以上。", &["!criminal_cases"]),
    ]);
}

/// 去年 in news headlined with a year's results (2021年…取得成效, …亮点纷呈, …交出答卷) under a
/// dateline of January or February that names no year (1月7日讯): written early the next year,
/// so 去年 is the headline's year, the record's own — not a record of the year before. A plan's
/// headline (部署, 要点) of January, or a dateline of later months with figures of 今年, keeps
/// 去年 as the year before.
#[test]
fn last_year_under_a_results_headline_of_early_next_year() {
    let records = |text: &str| -> Vec<(Option<i32>, Option<f64>)> {
        extract_text("t.txt", text).iter().map(|r| (r.id.year, r.value(Field::CriminalCases))).collect()
    };
    for text in [
        "2021年某省禁毒工作取得重大成效\n本网1月7日讯 记者从省公安厅新闻发布会上了解到，过去一年，全省禁毒工作成效显著。去年，全省共破获毒品犯罪案件41起，查处吸毒人员2700多人次。\n",
        "2021年某县禁毒工作亮点纷呈\n县融媒体中心1月10日讯 过去一年，县禁毒委扎实推进各项工作。去年，全县共破获毒品刑事案件41起，查处吸毒人员180人。\n",
        "2021年某市禁毒交出亮眼答卷\n本报2月3日讯 去年，全市公安机关共侦破毒品刑事案件41起，强制隔离戒毒55人。2022年，全市将深化禁毒示范创建。\n",
    ] {
        assert_eq!(records(text), [(Some(2021), Some(41.0))], "{text}");
    }
    for (text, year) in [
        // a plan's headline: written at the start of the year it names; 去年 is the year before
        ("2022年某县禁毒工作部署会召开\n本报1月10日讯 会议通报，去年全县共破获毒品刑事案件41起。2022年，要深化禁毒示范创建。\n", 2022),
        // a dateline of June with this year's figures: 去年 is the year before the headline's
        ("2021年某县禁毒工作成效明显\n本报6月20日讯 今年以来，全县破获毒品刑事案件12起。去年，全县共破获毒品刑事案件41起。\n", 2021),
    ] {
        let got = records(text);
        assert!(!got.contains(&(Some(year), Some(41.0))), "{text} {got:?}");
    }
}

/// 一年来 opening a year-end review is the year under review: its 累计 figures are the year's
/// running totals; in a June release the same words are twelve months across two years.
#[test]
fn running_totals_after_one_year_since() {
    let pe = Field::PublicityEvents;
    let value = |t: &str, f: Field| extract_text("case.txt", t).first().and_then(|r| r.value(f));
    for (text, want) in [
        (
            "某县2023年禁毒工作回顾\n发布时间：2023-12-27\n一年来，县禁毒办组织了禁毒知识竞赛。累计开展集中宣传活动64次。\n",
            Some(64.0),
        ),
        (
            "某区禁毒工作总结\n2022年12月30日\n这一年来，全区累计开展禁毒宣传活动57场次，禁毒工作扎实推进。\n",
            Some(57.0),
        ),
        (
            "某市禁毒工作通报\n发布时间：2022-06-25\n在第35个国际禁毒日到来之际，市禁毒办通报，一年来，全市累计开展禁毒宣传活动120场次。\n",
            None,
        ),
        (
            "某县禁毒工作回顾\n发布时间：2023-12-27\n三年来，县禁毒办组织了禁毒知识竞赛。累计开展集中宣传活动164次。\n",
            None,
        ),
    ] {
        assert_eq!(value(text, pe), want, "{text}");
    }
}

/// An undated year review opening on its year (2024年，某县…) or titled as one (…工作回顾):
/// its 一年来 is that year, and the running totals after it are the year's.
#[test]
fn an_undated_review_opening_on_its_year() {
    let value = |t: &str, f: Field| extract_text("case.txt", t).first().and_then(|r| r.value(f));
    for (text, f, want) in [
        (
            "2024年，某某县坚持打防并举，禁毒工作取得明显成效。\n一年来，组织开展了禁毒知识竞赛等活动。累计开展集中宣传活动110次，禁毒宣传讲座15场。\n",
            Field::PublicityEvents,
            Some(110.0),
        ),
        (
            "2022年,全区禁毒工作稳中有进。\n一年来，全区累计查处吸毒人员48人次。\n",
            Field::UsersCaught,
            Some(48.0),
        ),
        (
            "某县2023年禁毒工作回顾\n一年来，全县破获毒品刑事案件11起。\n",
            Field::CriminalCases,
            Some(11.0),
        ),
        // (a text opening on a day of a year, an event's, is no year's review)
        (
            "2023年6月26日，某市举行禁毒宣传活动。\n一年来，全市破获毒品刑事案件31起。\n",
            Field::CriminalCases,
            None,
        ),
    ] {
        assert_eq!(value(text, f), want, "{text}");
    }
}

/// A drug-case count in loose words (破毒品案6065起) that the text restates as violations and
/// crimes together (毒品违法犯罪案件6065起) is no criminal count; other counts stay.
#[test]
fn a_loose_case_count_restated_as_violations_and_crimes() {
    run(&[
        (
            S,
            "去年全区破毒品案6065起，平均每天16起。去年一年，全区共破获毒品违法犯罪案件6065起，其中重大案件382起。",
            &["!criminal_cases"],
        ),
        (S, "全县破获毒品案件73起。全年共查破涉毒违法犯罪案件73起，抓获违法犯罪人员90名。", &["!criminal_cases"]),
        // (a count of other size, or one named criminal, stays)
        (S, "全年破获毒品案件88起。全年共破获毒品违法犯罪案件160起。", &["criminal_cases=88"]),
        (S, "全年破获毒品刑事案件41起，全年共查破毒品违法犯罪案件41起。", &["criminal_cases=41"]),
        (S, "全年破获毒品案件52起，查获吸毒人员130人次。", &["criminal_cases=52"]),
    ]);
}

/// Round 20 (held-out public pages): an aside right after a case count (4582起（其中包括…制毒案…）,
/// 2750宗（其中重特大案件383宗）, 120起（含…大案）) names a part of the total, not the total's
/// kind; 备案, 提案 and 档案 handled are no cases; cases of one kind of drug (新型毒品, 合成毒品,
/// 依托咪酯) are a part.
#[test]
fn an_aside_after_a_case_count_is_a_part_of_it() {
    run(&[
        (
            S,
            "全县共破获毒品犯罪案件46起（其中包括“3·15”跨省贩毒案等一批有影响的案件），抓获犯罪嫌疑人52名。",
            &["criminal_cases=46"],
        ),
        (
            S,
            "全年共侦破毒品案件275宗（其中重特大毒品案件38宗），依法逮捕298人，查处吸毒人员1342人。",
            &["criminal_cases=275", "users_caught=1342"],
        ),
        (S, "全县破获毒品刑事案件31起(含公安部目标案件1起)，抓获犯罪嫌疑人40名。", &["criminal_cases=31"]),
        (S, "全年破获毒品刑事案件27起（同比上升12%），查获吸毒人员88人次。", &["criminal_cases=27"]),
        (S, "办理易制毒化学品审批、备案1.2万件次，严防流入非法渠道。", &["!criminal_cases"]),
        (S, "全年办理人大代表建议、政协提案12件，均按时办结。", &["!criminal_cases"]),
        (S, "今年以来，共破获新型毒品刑事案件11起，查处滥用新型毒品人员74人次。", &["!criminal_cases"]),
        (S, "全市共破获合成毒品案件15起，其中依托咪酯案件6起。", &["!criminal_cases"]),
        (S, "全年共破获毒品刑事案件40起，其中新型毒品案件22起。", &["criminal_cases=40"]),
        // (an aside naming parts in a list, 、 between them: an aside still)
        (
            S,
            "全年破获毒品刑事案件22起（其中部级目标案件1起、省级目标案件2起），抓获犯罪嫌疑人30名。",
            &["criminal_cases=22"],
        ),
        (
            S,
            "全县侦破毒品犯罪案件18起(含公安部目标案件1起、省厅目标案件3起)，刑事拘留25人。",
            &["criminal_cases=18", "detained=25"],
        ),
    ]);
}

/// Cases investigated (侦办毒品刑事案件22起) are the year's criminal cases when the text names no
/// cases solved; beside those solved (侦办…22起，破获19起) they yield to them.
#[test]
fn cases_investigated_yield_to_cases_solved() {
    run(&[
        (S, "全年共侦办毒品刑事案件22起，抓获犯罪嫌疑人30名，其中刑拘26名。", &["criminal_cases=22"]),
        (S, "全年侦办毒品犯罪案件15起，刑事拘留19人。", &["criminal_cases=15", "detained=19"]),
        (S, "全年侦办毒品刑事案件22起，破获19起，刑事拘留26名。", &["criminal_cases=19", "detained=26"]),
        (S, "全年侦办毒品刑事案件22起；全年破获毒品刑事案件19起。", &["criminal_cases=19"]),
        (S, "全年立案侦办毒品刑事案件25起，刑事拘留19人。", &["!criminal_cases", "detained=19"]),
    ]);
}

/// A sentence opening on 其中 goes on from the one before it: a part of its total (共破毒品
/// 刑事案件165件。其中，“夏安”行动破毒品刑事案件82起 — never the total, even where the total
/// itself is not taken), and of its time (自2019年6月至2020年5月…239起。其中，…查获吸毒人员
/// 2039人次: over two years, no year's value).
#[test]
fn a_sentence_opening_on_among_them_goes_on_from_the_one_before() {
    let rec = |text: &str, f: Field| extract_text("t.txt", text).first().and_then(|r| r.value(f));
    for (text, f, want) in [
        (
            "某市禁毒通气会\n2018年以来，全市共破毒品刑事案件165件。其中，“夏安”行动破毒品刑事案件82起，抓获毒品犯罪嫌疑人105人。\n",
            Field::CriminalCases,
            None,
        ),
        (
            "某县禁毒\n发布时间：2019-12-30\n全年共破获毒品刑事案件36起。其中，“净边”行动破获毒品刑事案件12起。\n",
            Field::CriminalCases,
            Some(36.0),
        ),
        // (the criminal part of all drug cases, after 其中 in the same account, is the field)
        (
            "某县禁毒\n发布时间：2019-12-30\n全年共破获毒品案件120起。其中，破获毒品刑事案件35起。\n",
            Field::CriminalCases,
            Some(35.0),
        ),
        (
            "某市通报一年来禁毒工作\n发布时间：2020-06-22\n自2019年6月至2020年5月，全市共侦破毒品犯罪案件239起。其中，督办案件35起，抓获犯罪嫌疑人302名，查获吸毒人员2039人次，强制隔离戒毒1018名。\n",
            Field::UsersCaught,
            None,
        ),
        (
            "某市通报一年来禁毒工作\n发布时间：2020-06-22\n自2019年6月至2020年5月，全市共侦破毒品犯罪案件239起。其中，督办案件35起，强制隔离戒毒吸毒人员1018名。\n",
            Field::CompulsoryRehab,
            None,
        ),
        // (a 其中 sentence of a part of this year is of this year's part: kept, with its period)
        (
            "某市禁毒新闻发布会\n发布时间：2021-07-02\n今年以来，全市共破获毒品刑事案件36起。其中，抓获犯罪嫌疑人41名，查获吸毒人员120人次。\n",
            Field::UsersCaught,
            Some(120.0),
        ),
        // (…whose sub-count stays a part)
        (
            "某市禁毒新闻发布会\n发布时间：2021-07-02\n今年以来，全市共破获毒品刑事案件36起。其中，贩毒案件20起。\n",
            Field::CriminalCases,
            Some(36.0),
        ),
    ] {
        assert_eq!(rec(text, f), want, "{text}");
    }
}

/// 去年以来 in a page of a later month spans two years; a paragraph after it that tells more of
/// the same account with no time of its own (他介绍，…查处吸毒人员3942人次) is of that span too,
/// while a level (执行社区戒毒社区康复3688名) stands.
#[test]
fn a_span_since_last_year_frames_the_paragraphs_after_it() {
    let rec = |text: &str, f: Field| extract_text("t.txt", text).first().and_then(|r| r.value(f));
    for (text, f, want) in [
        (
            "某省禁毒新闻发布会\n发布时间：2022-05-30\n副厅长30日披露，去年以来全省共破获毒品犯罪案件1186起，抓获毒品犯罪嫌疑人1877名。\n他介绍，全省查处吸毒人员3942人次，缴获各类毒品893.3公斤。\n",
            Field::UsersCaught,
            None,
        ),
        (
            "某市禁毒工作通报\n发布时间：2023-06-20\n去年至今，全市共侦破毒品刑事案件64起。\n据介绍，全市查获吸毒人员215人次，强制隔离戒毒37人。\n",
            Field::CompulsoryRehab,
            None,
        ),
        // (去年至今 in June is no year's to-date either)
        ("某市禁毒工作通报\n发布时间：2023-06-20\n去年至今，全市共侦破毒品刑事案件64起。\n", Field::CriminalCases, None),
        (
            "某省禁毒新闻发布会\n发布时间：2022-05-30\n去年以来全省共破获毒品犯罪案件1186起。\n目前，全省执行社区戒毒社区康复3688名。\n",
            Field::CommunityCases,
            Some(3688.0),
        ),
        // (a page of January on 去年以来 tells of last year: its figures are that year's)
        (
            "某市禁毒工作通报\n发布时间：2023-01-12\n去年以来，全市共侦破毒品刑事案件64起。\n据介绍，全市查获吸毒人员215人次。\n",
            Field::UsersCaught,
            Some(215.0),
        ),
        // (…and a text with its own year's words keeps its untimed figures)
        (
            "某省禁毒新闻发布会\n发布时间：2022-05-30\n去年以来全省共破获毒品犯罪案件1186起。\n今年以来，全省查处吸毒人员942人次。\n",
            Field::UsersCaught,
            Some(942.0),
        ),
    ] {
        assert_eq!(rec(text, f), want, "{text}");
    }
}

/// A page of the record's own year's first months (March) is no review of a year ending: its
/// 今年以来 / 截止目前 count of the whole area stands over an untimed count of one case (民警在
/// 侦破盗窃案中查获6名吸毒人员).
#[test]
fn an_early_page_of_the_year_keeps_its_year_to_date_total() {
    let rec = |text: &str, f: Field| extract_text("t.txt", text).first().and_then(|r| r.value(f));
    for (text, want) in [
        (
            "某市禁毒会战推进\n10.03.2015 13:04\n春节上班第一天，民警在侦破盗窃案中查获6名吸毒人员。今年以来，某市公安机关多措并举。截止目前，全市共查处吸毒人员126人次，同比增长33%。\n",
            Some(126.0),
        ),
        ("某市禁毒\n发布时间：2015-03-10\n今年以来，全市共查处吸毒人员126人次。\n民警查获吸毒人员6名。\n", Some(126.0)),
        ("某市禁毒\n发布时间：2015-02-26\n今年1至2月，全市查处吸毒人员58人次。派出所在清查中查获吸毒人员4名。\n", Some(58.0)),
        // (a page of the next year's first months reviews the year before: the year's own
        // figure over its parts' stands as it did)
        (
            "某市2014年禁毒工作总结\n发布时间：2015-01-20\n上半年，全市查处吸毒人员300人次。全年共查处吸毒人员680人次。\n",
            Some(680.0),
        ),
    ] {
        assert_eq!(rec(text, Field::UsersCaught), want, "{text}");
    }
}

/// The country's or the province's figure opening its clause (全国现有吸毒人员112.4万名, 我国…,
/// 全省共破获…) in a county's summary is not the county's: the county's own stands, or none.
/// A province's own 全省 and the country's own 全国 stay theirs.
#[test]
fn a_wider_areas_figure_is_not_the_countys() {
    run(&[
        (S, "据统计，全国现有吸毒人员112.4万名，全县现有吸毒人员312名。", &["registered_users=312"]),
        (S, "全省共破获毒品刑事案件1050起，全县破获毒品刑事案件30起。", &["criminal_cases=30"]),
        (S, "我国现有吸毒人员112.4万名。", &["!registered_users"]),
        (S, "今年以来，全省查处吸毒人员8519人次；我县查处吸毒人员126人次。", &["users_caught=126"]),
        (S, "《2022年中国毒情形势报告》显示，全国现有吸毒人员112.4万名。", &["!registered_users"]),
        (S, "据统计，中国现有吸毒人员89.6万名，全县现有吸毒人员205名。", &["registered_users=205"]),
        (S, "中国现有吸毒人员89.6万名，同比下降20.3%。", &["!registered_users"]),
    ]);
    let own = |text: &str, f: Field| extract_text("p.txt", text).first().and_then(|r| r.value(f));
    assert_eq!(
        own("某省禁毒委员会2023年禁毒工作总结\n2023年，全省共破获毒品刑事案件1050起。\n", Field::CriminalCases),
        Some(1050.0)
    );
    assert_eq!(
        own(
            "山东省2017年禁毒工作情况\n据了解，全省登记吸毒人员已达10.2万人。济南市公安机关在全市开展禁毒宣传。\n",
            Field::RegisteredUsers
        ),
        Some(102000.0)
    );
    assert_eq!(own("全国禁毒工作情况\n2023年，全国共破获毒品犯罪案件4.2万起。\n", Field::CriminalCases), Some(42000.0));
    // …nor a year standing before the scope (2022年全国共破获… cited in a county's page): no record
    // of that year for the county
    for text in [
        "某县开展国际禁毒日宣传活动\n发布时间：2023-06-27 10:21\n工作人员引用《2022年中国毒情形势报告》指出，2022年全国共破获毒品犯罪案件4.3万起。\n今年以来，某县公安局共破获毒品刑事案件6起。\n",
        "某县举办禁毒成果展\n2024-06-24 16:45  来源：某县融媒体中心\n据介绍，2023年全国共破获毒品犯罪案件4.2万起。今年以来，全县破获毒品刑事案件8起。\n",
        "宾川县禁毒工作通报\n发布时间：2021-06-20\n2020年度全省共破获毒品刑事案件1050起，宾川县破获毒品刑事案件30起。\n",
    ] {
        let recs = extract_text("p.txt", text);
        let big = recs.iter().filter_map(|r| r.value(Field::CriminalCases)).find(|&v| v > 1000.0);
        assert_eq!(big, None, "{text}");
        assert!(recs.iter().filter_map(|r| r.value(Field::CriminalCases)).any(|v| v < 100.0), "{text}");
    }
    // a local organ's text that names no place of its own and no 全县 / 全市: the country's
    // figure quoted in it is still the country's
    for text in [
        "某市戒毒所2024年国际禁毒日期间开展主题宣传活动\n据统计，我国现有吸毒人员89.6万名，同比下降20.3%。\n",
        "某县禁毒办开展禁毒宣传进校园活动\n中国现有吸毒人员89.6万名，同比下降20.3%。\n",
    ] {
        assert_eq!(own(text, Field::RegisteredUsers), None, "{text}");
    }
}

/// A year in a cited title (《2019年中国毒品形势报告》显示…) is no time of the sentence: no
/// record of that year from it.
#[test]
fn a_year_in_a_cited_title_is_no_records_year() {
    let years = |text: &str| -> Vec<Option<i32>> { extract_text("t.txt", text).iter().map(|r| r.id.year).collect() };
    assert_eq!(
        years("某省2023年禁毒工作总结\n2023年，全省破获毒品刑事案件1050起。根据《2019年禁毒工作白皮书》，全省破获毒品刑事案件3000起以上。\n"),
        [Some(2023)]
    );
    assert_eq!(
        years("某省2023年禁毒工作总结\n2023年，全省破获毒品刑事案件1050起。《2022年中国毒情形势报告》指出，2022年，全省破获毒品刑事案件980起。\n"),
        [Some(2023), Some(2022)]
    );
    // …nor a report named without book-title marks
    for text in [
        "某县2024年禁毒工作总结\n2024年，全县破获毒品刑事案件21起。2023年全国禁毒工作报告显示，全县查处吸毒人员95人。\n",
        "某县2024年禁毒工作总结\n2024年，全县破获毒品刑事案件21起。2023年中国毒情形势报告指出，全县查处吸毒人员95人。\n",
    ] {
        assert_eq!(years(text), [Some(2024)], "{text}");
    }
}

/// A count of one event in a summary (此次共有34名对象进行了毛发检测, 本次活动…, 当天…) is that
/// event's, not the unit's account of its year; the year's own count beside it stands.
#[test]
fn one_events_count_is_not_the_years() {
    run(&[
        (S, "11月10日，禁毒办联合派出所开展集中毛发检测。据介绍，此次共有34名对象进行了毛发检测。", &["!hair_tests"]),
        (S, "本次活动共开展禁毒宣传活动3场，发放宣传资料2000余份。", &["!publicity_events"]),
        (S, "当天，民警共查获吸毒人员6名。", &["!users_caught"]),
        (S, "这次集中清查行动中抓获吸毒人员4名。今年以来，全县共查获吸毒人员58名。", &["users_caught=58"]),
        (S, "本次会议通报，今年以来全县破获毒品刑事案件12起。", &["criminal_cases=12"]),
    ]);
}

/// A count of drug, vice and gambling offences together (黄赌毒, 毒黄赌, 涉赌涉毒) is no count of
/// a drug field; the drug count beside it stands.
#[test]
fn combined_vice_and_drug_counts_are_no_drug_field() {
    run(&[
        (S, "全县公安机关刑拘毒黄赌犯罪嫌疑人1909人。", &["!detained"]),
        (S, "今年以来，全县破获黄赌毒案件40起，其中毒品刑事案件12起。", &["criminal_cases=12"]),
        (S, "开展打击涉赌毒违法犯罪专项行动，查处赌毒违法人员56人。", &["!users_caught"]),
        (S, "全县破获毒品刑事案件23起，查处吸毒人员41人次。", &["criminal_cases=23", "users_caught=41"]),
    ]);
}

/// An evaluation made by others than the unit — a third party's, an accounting firm's, one the
/// finance bureau commissioned, as its opening lines say — scores the unit itself: its 评价得分
/// is no self score; a score the text names 自评 still is, and a self-evaluation that names a
/// third party (or an evaluation group of its own) keeps its score.
#[test]
fn a_third_partys_score_is_no_self_score() {
    // (every text makes a record, so an absent score is a score dropped)
    let rec = |text: &str| {
        let text = format!("{text}项目全年实际支出60.85万元。\n");
        extract_text("t.txt", &text).first().expect("a record").value(Field::SelfScore)
    };
    for (text, want) in [
        (
            "关于黔西市2022年度禁毒专项资金重点绩效评价报告\n某某会计师事务所有限公司\n一、评价结论\n该项目综合评价得分84.6分，评价等级为“良”。\n",
            None,
        ),
        (
            "关于旬阳市2022年度禁毒专项资金重点绩效评价报告\n某某会计师事务所有限公司\n一、评价结论\n该项目综合评价得分84.6分，评价等级为“良”。项目单位自评得分为95分。\n",
            Some(95.0),
        ),
        (
            "竹山县禁毒委员会办公室2023年度禁毒工作经费\n财政重点绩效评价报告\n评价机构：某某会计师事务所（特殊普通合伙）\n经评价，该项目最终得分82.35分，绩效等级为“良”。\n",
            None,
        ),
        (
            "临泉县2023年度社区戒毒社区康复专项经费第三方绩效评价报告\n被评价单位：临泉县司法局\n二、评价结论\n项目总得分87.5分，等级为良。被评价单位在自评中给出的自评分为98.0分。\n",
            Some(98.0),
        ),
        (
            "南靖县财政局关于2021年度南靖县禁毒办禁毒经费绩效评价情况的报告\n受南靖县财政局委托，评价组对禁毒经费开展重点评价。\n三、评价结果。评价组综合评分为88.2分，评级为“良”。\n",
            None,
        ),
        (
            "汉寿县2024年度禁毒专项资金绩效评价报告\n（第三方评价）\n经综合评价，该项目绩效评价得分为91.3分，等级为“优”。\n",
            None,
        ),
        // (the finance bureau's own evaluation of the units it funds)
        (
            "宜春市2023年度禁毒专项资金绩效评价结果通报\n宜春市财政局\n按照预算绩效管理要求，市财政局对袁州区2023年度禁毒专项资金开展了绩效评价。\n袁州区评价得分91分。\n",
            None,
        ),
        (
            "关于2022年度禁毒经费重点评价情况的报告\n县财政局组织对县禁毒办2022年度禁毒经费进行重点绩效评价，评价得分86.5分。\n",
            None,
        ),
        (
            "龙岩市2023年度禁毒社会工作服务项目终期评估报告\n评估机构：龙岩市某某社会工作评估中心\n经综合评估，本项目终期评估得分91.5分，等级为“优秀”。\n",
            None,
        ),
        // (a self-evaluation keeps its score, whoever else it names)
        (
            "澧县禁毒委员会办公室2023年度部门整体支出绩效评价报告\n根据县财政局关于对2023年度部门整体支出开展绩效评价的通知要求，我办成立评价小组。\n综合评价得分为94分。\n",
            Some(94.0),
        ),
        (
            "桑植县禁毒办2023年度项目支出绩效评价报告\n按照县财政局对项目支出开展绩效评价工作的统一部署，我办开展评价。\n综合评价得分为92分。\n",
            Some(92.0),
        ),
        (
            "石门县禁毒委员会办公室2023年度项目支出绩效自评报告\n一、基本情况\n本年度已委托第三方机构开展重点评价。\n二、自评结论\n综合评价得分93.5分。\n",
            Some(93.5),
        ),
        (
            "沙县区禁毒委员会办公室2023年度部门整体支出绩效评价报告\n一、评价工作开展情况\n单位成立评价工作组开展评价。\n二、评价结论\n综合评价得分为94.2分。\n",
            Some(94.2),
        ),
    ] {
        assert_eq!(rec(text), want, "{text}");
    }
}

/// A finance bureau's evaluation of each county, said county by county under its opening, scores
/// every county as the bureau's: no county's record has a self score, each keeps its rate.
#[test]
fn a_finance_bureaus_scores_of_its_counties_are_no_self_scores() {
    let text = "萍乡市2022年度禁毒专项资金绩效评价结果通报\n萍乡市财政局\n按照预算绩效管理要求，市财政局对各县（区）2022年度禁毒专项资金开展了绩效评价。\n一、各地评价结果\n安源区：预算执行率97.6%，评价得分94分。\n湘东区：预算执行率99.1%，评价得分96分。\n";
    let recs = extract_text("t.txt", text);
    let counties: Vec<_> = recs.iter().filter(|r| !r.id.county.is_empty()).collect();
    assert_eq!(counties.len(), 2, "{recs:?}");
    for r in counties {
        assert_eq!(r.value(Field::SelfScore), None, "{}", r.id.county);
        assert!(r.value(Field::ExecutionRateStated).is_some(), "{}", r.id.county);
    }
}

/// A form of targets alone (项目支出绩效目标表, 绩效目标申报表, 部门整体支出绩效目标表, …项目支出
/// 绩效目标) states its budget and targets to reach, nothing done: no count or rate of it is a
/// value, whatever its wording (≥, 以上, 达到, 控制数), and its budget is the budget; the same
/// rows in a self-evaluation are values.
#[test]
fn a_form_of_targets_alone_states_no_value() {
    let rec = |text: &str| extract_text("t.txt", text).into_iter().next().expect("a record");
    let forms = [
        "项目支出绩效目标表\n（2024年度）\n填报单位：宣汉县禁毒委员会办公室\n项目名称：禁毒专项工作经费\n年度资金总额：85.00万元\n年度目标：社区戒毒社区康复人员管控率达到95%以上。\n破获毒品刑事案件数  30起\n",
        "宝丰县禁毒工作经费2023年度项目支出绩效目标申报表\n申报单位：宝丰县禁毒工作领导小组办公室\n年度预算金额46.8万元。\n总体目标：吸毒人员管控率达到90%，组织尿检3000人次。\n",
        "莲都区禁毒委员会办公室\n2024年度部门整体支出绩效目标表\n年度预算资金总额212.40万元。\n破获毒品刑事案件数：25起\n三公经费控制数3.5万元\n",
        "石城县禁毒工作经费项目绩效目标申报表（2023年）\n当年申请预算120万元\n2.抓获毒品犯罪嫌疑人50名以上，移送起诉40人以上；\n4.完成毛发检测800人以上，毛发检测完成率100%。\n",
        "凌云县2024年禁毒社工购买服务项目支出绩效目标\n单位：凌云县司法局\n项目预算：年度资金总额58.5万元。\n数量指标——开展毛发检测：350人次\n",
    ];
    for text in forms {
        let r = rec(text);
        assert!(r.value(Field::BudgetTotal).is_some(), "{text}: the budget is read");
        for f in [
            Field::ControlRate,
            Field::CriminalCases,
            Field::UrineTests,
            Field::SangongActual,
            Field::Prosecuted,
            Field::HairTests,
            Field::HairTestRate,
        ] {
            assert_eq!(r.value(f), None, "{text}: {f:?}");
        }
    }
    // (a whole unit's form lists its planned parts with no stage of their own: their budgets)
    let parts = "莲都区禁毒委员会办公室\n2024年度部门整体支出绩效目标表\n年度预算资金（万元）：\n  资金总额 212.40\n  其中：基本支出 96.40\n        项目支出 116.00\n破获毒品刑事案件数  ≥25起\n";
    let r = rec(parts);
    assert_eq!(r.value(Field::BudgetTotal), Some(212.4));
    assert_eq!(r.value(Field::BasicBudget), Some(96.4));
    assert_eq!(r.value(Field::ProjectBudget), Some(116.0));
    assert_eq!(r.value(Field::BasicActual), None);
    assert_eq!(r.value(Field::ProjectActual), None);
    // (the same rows in a self-evaluation are what was done)
    let done = "石城县禁毒工作经费2023年度项目支出绩效自评表\n当年申请预算120万元\n2.抓获毒品犯罪嫌疑人50名，移送起诉40人；\n4.完成毛发检测800人，毛发检测完成率100%。\n";
    assert_eq!(rec(done).value(Field::Prosecuted), Some(40.0));
    assert_eq!(rec(done).value(Field::HairTests), Some(800.0));
}

/// Persons released from compulsory rehab (解除强制隔离戒毒, 期满出所) and received back by the
/// community are none sent there; the share after a count of persons three years clean, in a
/// clause of its own (巩固率, 比例, 占比), is the 3-year abstinence rate — 比例 and 比率 being
/// shares, no comparison with another year.
#[test]
fn released_persons_and_the_share_three_years_clean() {
    run(&[
        (S, "全年接回解除强制隔离戒毒人员22人，衔接率100%。", &["!compulsory_rehab"]),
        (S, "全年共衔接强制隔离戒毒期满出所人员36名。", &["!compulsory_rehab"]),
        (S, "对解除强戒人员开展后续照管回访230人次。", &["!compulsory_rehab"]),
        (S, "全年查处吸毒人员136人次，其中决定强制隔离戒毒58人。", &["compulsory_rehab=58"]),
        (S, "依法送强制隔离戒毒41人，解除强制隔离戒毒后接回社区康复19人。", &["compulsory_rehab=41"]),
        (S, "全市戒断三年未复吸人员1,208人，巩固率73.6%。", &["abstinence_3y_rate=73.6"]),
        (S, "其中戒断三年未发现复吸人员561人，比例65.8%。", &["abstinence_3y_rate=65.8"]),
        (S, "戒断3年以上未复吸人员412名，占比为61.2%。", &["abstinence_3y_rate=61.2"]),
        (S, "全县三年未发现复吸人员207人，比率达68%。", &["abstinence_3y_rate=68"]),
        // (a share of something else is none of it)
        (S, "全县在册吸毒人员中女性186人，比例12.4%。", &["!abstinence_3y_rate"]),
        // (a comparison after 比 still is one)
        (S, "社区戒毒社区康复人员管控率98.6%，比上年提高1.2%。", &["control_rate=98.6"]),
    ]);
}

/// A report that evaluates its projects in turn under short labels (项目一：禁毒宣传经费 /
/// 项目二：吸毒人员管控经费, 项目1、…) makes one record a project, under the file's title; a
/// cover whose only digits are its year joins the first; a label that names no fund
/// (项目一：宣传) cuts nothing.
#[test]
fn projects_named_in_turn_are_a_record_each() {
    let recs = |t: &str| -> Vec<(Option<f64>, Option<f64>, Option<i32>)> {
        extract_text("t.txt", t)
            .iter()
            .map(|r| (r.value(Field::BudgetTotal), r.value(Field::SelfScore), r.id.year))
            .collect()
    };
    for t in [
        "城固县禁毒委员会办公室2023年度项目支出绩效自评报告\n本单位2023年度共有两个项目，分别自评如下：\n项目一：禁毒宣传经费\n预算数25万元，执行数24.6万元，执行率98.4%。全年开展禁毒宣传活动118场次，自评得分95分。\n项目二：吸毒人员管控经费\n预算数40万元，执行数38.8万元，执行率97%。全年组织尿检2,630人次，自评得分94分。\n",
        "勉县禁毒委员会办公室2023年度项目支出绩效自评报告\n项目1、禁毒宣传教育专项资金\n预算数25万元，执行数24.6万元。自评得分95分。\n项目2、社区戒毒社区康复工作经费\n预算数40万元，执行数38.8万元。自评得分94分。\n",
    ] {
        assert_eq!(recs(t), [(Some(25.0), Some(95.0), Some(2023)), (Some(40.0), Some(94.0), Some(2023))], "{t}");
    }
    // (a label naming no fund is no part: one record)
    let t = "洋县禁毒委员会办公室2023年度项目支出绩效自评报告\n项目一：宣传\n预算数25万元，执行数24.6万元。自评得分95分。\n";
    assert_eq!(recs(t).len(), 1);
}

/// A section's heading of two phrases parted by a comma (三、深化宣传教育，全民参与氛围浓厚;
/// （二）强化管控服务，规模持续下降) stands alone: the sentence under it is read with its own
/// words, not the heading's (全民参与 is no one's taking part in the events); a clause opening
/// on 要求 (会议…，要求全年毛发检测覆盖率达到100%) states a demand, no value.
#[test]
fn a_two_phrase_heading_stands_alone_and_a_demand_is_a_target() {
    let value = |t: &str, f: Field| extract_text("t.txt", t).first().and_then(|r| r.value(f));
    for (text, f, want) in [
        (
            "安福县2023年禁毒工作总结\n三、深化宣传教育，全民参与氛围浓厚\n全年开展各类禁毒宣传活动231场次，受教育群众8万余人次。\n",
            Field::PublicityEvents,
            Some(231.0),
        ),
        (
            "永新县2023年禁毒工作总结\n（三）全民参与禁毒，宣传覆盖城乡\n开展禁毒宣传进校园活动86场次。\n",
            Field::PublicityEvents,
            Some(86.0),
        ),
        // (a numbered sentence with its figures is no heading: read as ever)
        ("泰和县2023年禁毒工作总结\n一、打击有力，全年破获毒品刑事案件26起\n", Field::CriminalCases, Some(26.0)),
        // (a demand is a target)
        (
            "新县禁毒委员会2023年禁毒工作情况通报\n2023年，全县共破获毒品刑事案件12起。会议部署了2024年禁毒重点工作，要求全年毛发检测覆盖率达到100%。\n",
            Field::HairTestRate,
            None,
        ),
        (
            "光山县2023年禁毒工作总结\n全县共破获毒品刑事案件12起。会议要求，社戒社康人员管控率达到98%以上。\n",
            Field::ControlRate,
            None,
        ),
        // (a value after a demand's clause is read as ever)
        (
            "商城县2023年禁毒工作总结\n按照上级要求，全年开展吸毒人员毛发检测612人，毛发检测覆盖率98.5%。\n",
            Field::HairTestRate,
            Some(98.5),
        ),
    ] {
        assert_eq!(value(text, f), want, "{text}");
    }
}

/// A plan beside what was done with figures grouped by thousands (计划检测5,000人，实际检测
/// 5,386人): the comma in a figure parts no clause, so the done figure keeps its subject; a
/// clause naming the evaluation's score is read by its own words, whatever scale the clause
/// before it names (按照…评分标准，该项目自评得分为90.5分).
#[test]
fn plans_beside_results_in_thousands_and_a_score_after_its_scale() {
    run(&[
        (
            P,
            "（二）毛发检测：计划检测5,000人，实际检测5,386人，检出阳性31人。",
            &["hair_tests=5386", "hair_positive=31"],
        ),
        (P, "毛发检测：计划检测5000人，实际检测5386人。", &["hair_tests=5386"]),
        (P, "禁毒宣传：计划开展1,200场次，实际开展1,356场次。", &["publicity_events=1356"]),
        (S, "全年毛发检测目标1,500人，实际完成1,832人。", &["hair_tests=1832"]),
        // (a list of figures in thousands parted by commas still reads each)
        (
            S,
            "全县现有吸毒人员1,682名，其中社区戒毒社区康复人员209名。",
            &["registered_users=1682", "community_cases=209"],
        ),
        (P, "按照项目支出绩效自评评分标准，该项目自评得分为90.5分。", &["self_score=90.5"]),
        (P, "对照评分标准，本项目自评总分92分。", &["self_score=92"]),
        // (a standard's points are still none)
        (P, "按评分标准，该指标得分10分。", &["!self_score"]),
    ]);
}

/// The drug-control funds named as a whole (禁毒经费, 禁毒工作经费, a centre's 运行经费), with the
/// area that funds them before (县财政安排…), are the budget or spending of the record, no line
/// item of it; a fund of one purpose (禁毒宣传经费) and the parts of a list still are items.
#[test]
fn the_drug_control_funds_as_a_whole_are_the_total() {
    run(&[
        (S, "县财政全年安排禁毒经费260万元，较上年增长12%。", &["budget_total=260"]),
        (S, "全年禁毒经费预算1,280万元，实际到位986万元。", &["budget_total=1280"]),
        (S, "全年中心运行经费预算76.5万元，支出74.9万元。", &["budget_total=76.5", "actual_total=74.9"]),
        (W, "2023年市财政安排禁毒工作经费86万元，全年实际支出84.2万元。", &["budget_total=86", "actual_total=84.2"]),
        (W, "全年禁毒经费预算260万元。", &["budget_total=260"]),
        // (a fund of one purpose is an item, no total)
        (W, "全年安排禁毒宣传经费30万元。", &["!budget_total"]),
        (S, "全年安排禁毒经费260万元，其中禁毒宣传经费30万元、社区戒毒经费40万元。", &["budget_total=260"]),
    ]);
}

/// Lines of a form's label：value cells (项目类别：专项业务费 / 资金情况（万元）：年度预算金额 46.8)
/// are cells each, never one sentence run on: the fund's kind in one is no item of the sum in
/// the next; a sentence wrapped across lines still runs on.
#[test]
fn a_forms_label_value_lines_are_cells_each() {
    let value = |t: &str, f: Field| extract_text("t.txt", t).first().and_then(|r| r.value(f));
    for (text, f, want) in [
        (
            "汝州市禁毒工作领导小组办公室2023年度项目支出绩效自评表\n项目类别：专项业务费\n资金情况（万元）：年度预算金额 46.8 ；其中中央转移支付 10\n全年执行数：40万元\n",
            Field::BudgetTotal,
            Some(46.8),
        ),
        (
            "宝丰县禁毒委员会办公室2023年度项目支出绩效自评表\n经费类型：运转类业务费\n年度预算：52万元\n全年执行数：50万元\n",
            Field::BudgetTotal,
            Some(52.0),
        ),
        (
            "郏县禁毒委员会办公室2023年度项目支出绩效自评表\n支出类别：宣传费\n全年执行数：50.2万元\n",
            Field::ActualTotal,
            Some(50.2),
        ),
        // (a sentence wrapped after its label's colon runs on)
        (
            "叶县禁毒委员会办公室2023年度项目支出绩效自评报告\n一、基本情况\n项目资金情况：全年预算数为60万元，\n全年执行数为58.2万元。\n",
            Field::ActualTotal,
            Some(58.2),
        ),
    ] {
        assert_eq!(value(text, f), want, "{text}");
    }
}

/// An evaluation whose title names neither a whole unit nor a project (第三方绩效评价报告, 绩效
/// 评价报告) evaluates the project its opening lines name (项目名称：…专项经费), and is drug
/// control's when that name is (社区戒毒…, however seldom the text names 毒 again); one whose
/// title names the whole unit stays whole; a named project of other work makes no record.
#[test]
fn an_evaluation_of_a_named_project_is_a_projects() {
    let kind = |t: &str| extract_text("t.txt", t).first().map(|r| r.id.kind);
    let other = "第三方绩效评价报告\n项目名称：2023年度竹溪县大气污染防治专项经费\n被评价单位：竹溪县生态环境局\n项目预算资金：64.00万元\n资金支出：60.85万元\n";
    assert_eq!(kind(other), None);
    for (text, want) in [
        (
            "第三方绩效评价报告\n项目名称：2023年度竹溪县社区戒毒社区康复专项经费\n被评价单位：竹溪县司法局\n项目预算资金：64.00万元\n资金支出：60.85万元\n",
            Kind::Project,
        ),
        (
            "房县禁毒委员会办公室2023年度绩效评价报告\n项目名称：禁毒宣传教育经费\n项目预算资金：30万元，实际支出29.1万元。\n",
            Kind::Project,
        ),
        (
            "丹江口市禁毒委员会办公室2023年度绩效评价报告\n一、基本情况\n全年预算数120万元，实际支出118.2万元。\n",
            Kind::Whole,
        ),
        (
            "郧阳区禁毒委员会办公室2023年度部门整体支出绩效评价报告\n项目名称：部门整体支出\n全年预算数120万元，实际支出118.2万元。\n",
            Kind::Whole,
        ),
    ] {
        assert_eq!(kind(text), Some(want), "{text}");
    }
}

/// Lines of a final account's rows, each a label and its sum apart by spaces (本年收入合计
/// 1,356,800.00元 / 本年支出合计　1,322,415.36元), are rows each: the income row's words do not
/// make the next row's sum an income.
#[test]
fn rows_of_a_label_and_its_sum_are_rows_each() {
    let value = |t: &str, f: Field| extract_text("t.txt", t).first().and_then(|r| r.value(f));
    for (text, f, want) in [
        (
            "澧县禁毒委员会办公室2021年度部门决算公开\n一、收支总体情况\n本年收入合计　1,356,800.00元\n本年支出合计　1,322,415.36元\n年末结转和结余　34,384.64元\n",
            Field::ActualTotal,
            Some(132.241536),
        ),
        (
            "临澧县禁毒委员会办公室2021年度部门决算公开\n本年收入合计 135.68万元\n本年支出合计 132.24万元\n",
            Field::ActualTotal,
            Some(132.24),
        ),
        (
            "新兴县禁毒委员会办公室2022年度部门整体支出绩效评价报告\n2022年本年收入合计 118.20万元\n2022年本年支出合计 115.68万元\n其中：基本支出 61.05万元，项目支出 54.63万元。\n",
            Field::ActualTotal,
            Some(115.68),
        ),
        (
            "津市市禁毒委员会办公室2021年度部门决算公开\n财政拨款收入　120.00\n基本支出　　　61.20万元\n",
            Field::BasicActual,
            Some(61.2),
        ),
    ] {
        assert_eq!(value(text, f), want, "{text}");
    }
}

/// A label's sum with its unit written before it (项目年度预算金额：元 1,250,000.00, a form
/// whose unit column comes before its value) is in that unit.
#[test]
fn a_unit_written_before_its_sum() {
    run(&[
        (
            P,
            "项目年度预算金额：元 1,250,000.00\n本年实际支出：元 1,186,420.50",
            &["budget_total=125", "actual_total=118.64205"],
        ),
        (P, "全年预算数：万元 60\n全年执行数：万元 58.2", &["budget_total=60", "actual_total=58.2"]),
        // (a unit named as the label's, after it, is as before)
        (P, "全年预算数（元）：600,000.00", &["budget_total=60"]),
    ]);
}

/// The drug-control committee's plenary of a year (2024年度禁毒委员会全体成员（扩大）会议),
/// held in its first weeks, reviews the year before as a year's work conference does: one
/// record, of the year reviewed, and none of the meeting's year.
#[test]
fn a_committees_plenary_reviews_the_year_before() {
    for text in [
        "【法治】新县召开2024年度禁毒委员会全体成员会议\n1月17日，新县召开2024年度禁毒委员会全体成员（扩大）会议。会议通报了2023年全县禁毒工作情况：2023年，全县共破获毒品刑事案件12起，查处吸毒人员33人次。\n会议部署了2024年禁毒重点工作，要求全年毛发检测覆盖率达到100%。\n",
        "罗山县召开2024年禁毒委员会全委扩大会议\n1月20日，罗山县召开2024年禁毒委员会全委扩大会议。会议总结了2023年工作：2023年，全县共破获毒品刑事案件12起，查处吸毒人员33人次。\n",
    ] {
        let recs = extract_text("t.txt", text);
        let years: Vec<Option<i32>> = recs.iter().map(|r| r.id.year).collect();
        assert_eq!(years, [Some(2023)], "{text}");
        assert_eq!(recs[0].value(Field::CriminalCases), Some(12.0), "{text}");
    }
}

/// A list of fields' figures joined by 、 (查获吸毒人员45人、强制隔离戒毒20人、社区戒毒30人):
/// each figure is its own label's, the next item's words none of its.
#[test]
fn a_list_of_fields_joined_by_commas_of_enumeration() {
    run(&[
        (S, "2023年，全县查获吸毒人员45人、强制隔离戒毒20人。", &["users_caught=45", "compulsory_rehab=20"]),
        (
            S,
            "全年破获毒品刑事案件12起、查获吸毒人员45人、强制隔离戒毒20人、社区戒毒社区康复30人。",
            &["criminal_cases=12", "users_caught=45", "compulsory_rehab=20", "community_cases=30"],
        ),
        (S, "全县查处吸毒人员38人次、毛发检测260人次。", &["users_caught=38", "hair_tests=260"]),
        (S, "刑事拘留15人、移送起诉13人。", &["detained=15", "prosecuted=13"]),
    ]);
}

/// Registered drug users worded as still there (仍有吸毒人员) or as registered (注册吸毒人员).
#[test]
fn registered_users_still_there_or_registered() {
    run(&[
        (S, "截至年底，全县仍有吸毒人员312名。", &["registered_users=312"]),
        (S, "全县注册吸毒人员1096名，较上年下降。", &["registered_users=1096"]),
        (S, "全县注册禁毒社工86名。", &["!registered_users"]),
    ]);
}

/// An operation named in quotes is as much one operation before 期间 / 中 as without them
/// (“春雷行动”期间, “净边2023”行动中): its figures are the operation's, no value of the year.
#[test]
fn a_quoted_operations_time_is_the_operations() {
    run(&[
        (S, "全县坚持“春雷行动”期间每周开展1次集中清查，破获毒品案件6起。", &["!criminal_cases"]),
        (S, "在“净边2023”行动中，全县查获吸毒人员18人。", &["!users_caught"]),
        (S, "“夏季攻势”会战期间，全县强制隔离戒毒9人。", &["!compulsory_rehab"]),
        // (a year-long operation run with no time of its own stays the year's)
        (S, "深入开展“净边”专项行动，破获毒品刑事案件37起。", &["criminal_cases=37"]),
    ]);
}

fn field_values(text: &str, f: Field) -> Vec<Option<f64>> {
    extract_text("t.txt", text).iter().map(|r| r.value(f)).collect()
}

/// One operation's scope set once in a paragraph — a start on a day (自10月16日开展…会战以来), a
/// start in a month (部署了从4月初开始的…行动), 在本次行动中 — runs on to the sentences after it
/// with no time of their own but an end marker (截至12月15日, 到发稿时为止) or the operation's own
/// word (行动共查处…): their figures are the operation's, no value of the year. A time of a
/// sentence's own (今年以来, 全年) or the paragraph's end closes it.
#[test]
fn an_operations_scope_runs_on_in_its_paragraph() {
    for (text, f) in [
        (
            "某区禁毒工作动态\n2023年12月18日讯 自10月16日开展“雷霆”禁毒会战以来，全区各派出所取得明显战果。截至12月15日，全区共破获毒品刑事案件41起。行动共查处吸毒人员156人次。\n",
            Field::CriminalCases,
        ),
        (
            "某区禁毒工作动态\n2023年12月18日讯 自10月16日开展“雷霆”禁毒会战以来，全区各派出所取得明显战果。截至12月15日，全区共破获毒品刑事案件41起。行动共查处吸毒人员156人次。\n",
            Field::UsersCaught,
        ),
        (
            "某县禁毒工作动态\n县公安局部署了从4月初开始的禁毒专项行动。到发稿时为止，全局共刑事拘留涉毒犯罪嫌疑人12名。\n",
            Field::Detained,
        ),
        (
            "某市禁毒工作动态\n2021年11月30日讯 据了解，在本次行动中，共抓获犯罪嫌疑人20名。行动破获毒品刑事案件14起，查处吸毒人员60人次。\n",
            Field::CriminalCases,
        ),
        // (a sentence between with neither figures nor a time of its own keeps the scope open)
        (
            "某区禁毒工作动态\n2023年12月18日讯 自10月16日开展“雷霆”禁毒会战以来，全区各派出所周密部署。各地科学制定会战方案，取得明显战果。截至12月15日，全区共破获毒品刑事案件41起。\n",
            Field::CriminalCases,
        ),
        // (a start on a day in the figures' own sentence: one operation's, not a part of the year)
        (
            "某省禁毒工作通报\n2016年12月3日讯 从9月15日起开展的禁毒专项行动，截至11月30日，全省共查获吸毒人员2100人、强制隔离戒毒860人。\n",
            Field::CompulsoryRehab,
        ),
        // (a start on a day of this year, 自今年3月20日, its subject between: the same)
        (
            "某市禁毒工作动态\n自今年3月20日，我市警方在全市范围开展“清风”专项行动以来，全市公安机关重拳出击。截至9月25日，我市警方6个月共破获毒品刑事案件868起，查处吸毒人员2786人次。\n",
            Field::CriminalCases,
        ),
        (
            "某县禁毒工作动态\n自本年5月8日起，县公安局组织开展禁毒专项行动。截至8月31日，全县共查处吸毒人员45人次。\n",
            Field::UsersCaught,
        ),
        // (…its length named, 6个月共: still the operation's, in a text with no year)
        (
            "自3月20日，我市警方在全市范围开展“清风”专项行动以来，全市公安机关重拳出击。截至9月25日，我市警方6个月共破获毒品刑事案件868起。\n",
            Field::CriminalCases,
        ),
        // (a start at a time of a month, 本月初 / 10月起 / 9月中旬, with an end marker or 以来)
        (
            "某县禁毒工作动态\n本报讯 本月初某县警方在全县范围内启动“清零”禁毒行动，截至8月17日，先后抓获58名吸毒人员，破获涉毒案件4起。\n",
            Field::UsersCaught,
        ),
        (
            "某省禁毒工作通报\n本报讯 自公安部10月起部署“百城禁毒”会战以来，我省公安机关共破获毒品案件1500多起。\n",
            Field::CriminalCases,
        ),
        (
            "某市禁毒工作动态\n9月中旬，市公安局组织开展“秋风”专项行动。截至11月20日，全市共查获吸毒人员130人次。\n",
            Field::UsersCaught,
        ),
        // (persons ordered into community rehab in it are its orders, not a standing level)
        (
            "某省禁毒工作通报\n2022年8月3日讯 “百日行动”开展以来，截至7月31日，全省共破获毒品犯罪案件259起。同时，深入推进禁毒“平安关爱”，共责令社区戒毒、社区康复810人。\n",
            Field::CommunityCases,
        ),
    ] {
        assert!(field_values(text, f).iter().all(Option::is_none), "{f:?} in {text}");
    }
    // a time of its own closes the scope; so does the paragraph's end
    for text in [
        "某区禁毒工作动态\n2023年12月28日讯 自10月16日开展“雷霆”禁毒会战以来，全区各派出所取得明显战果。截至12月15日，全区共破获毒品刑事案件41起。全年全区共破获毒品刑事案件96起。\n",
        "某区禁毒工作动态\n2023年12月28日讯 自10月16日开展“雷霆”禁毒会战以来，全区各派出所取得明显战果。\n全年全区共破获毒品刑事案件96起。\n",
    ] {
        assert_eq!(field_values(text, Field::CriminalCases), [Some(96.0)], "{text}");
    }
    // 截至目前 is as often the year's to date: it carries no operation's scope
    let t = "某县禁毒动态\n2023年12月25日讯 今年以来，全县共破获毒品刑事案件28起。在专项行动中，破获毒品刑事案件5起。截至目前，全县共强制隔离戒毒20人。\n";
    assert_eq!(field_values(t, Field::CompulsoryRehab), [Some(20.0)], "{t}");
    // a day a meeting was held on is no operation's start
    let t = "某省禁毒工作会议\n省禁毒委主任在3月1日召开的全省禁毒工作会议上介绍，2012年，该省组织开展了吸毒人员集中排查行动，共强制隔离戒毒3600人。\n";
    assert_eq!(field_values(t, Field::CompulsoryRehab), [Some(3600.0)], "{t}");
    // as of the year's end, or with a time of its own after the start, a total is the year's
    for t in [
        "某县2023年禁毒工作总结\n自3月10日开展“春雷”专项行动以来，全县各部门协同作战。截至12月31日，全县共破获毒品刑事案件18起。\n",
        "某县2023年禁毒工作总结\n自3月10日起开展“春雷”专项行动，全年全县共破获毒品刑事案件18起。\n",
        // (…started at a time of a month, the same)
        "某县2023年禁毒工作总结\n3月起，全县开展“春雷”专项行动，全年全县共破获毒品刑事案件18起。\n",
        "某县2023年禁毒工作总结\n9月中旬，县公安局组织开展“春雷”专项行动。截至12月31日，全县共破获毒品刑事案件18起。\n",
    ] {
        assert_eq!(field_values(t, Field::CriminalCases), [Some(18.0)], "{t}");
    }
    // a sentence with neither an end marker nor the operation's word may give the year's total
    let t = "某县2023年禁毒工作总结\n自3月10日开展“春雷”专项行动以来，在行动中破获毒品刑事案件5起。全县共破获毒品刑事案件18起，抓获犯罪嫌疑人22人。\n";
    assert_eq!(field_values(t, Field::CriminalCases), [Some(18.0)], "{t}");
    // a year-long operation named with no start stays the year's, and so does the next sentence
    let t = "某县2023年禁毒工作总结\n2023年，全县深入开展“净边”专项行动，破获毒品刑事案件37起。查处吸毒人员120人次。\n";
    assert_eq!(field_values(t, Field::CriminalCases), [Some(37.0)], "{t}");
    assert_eq!(field_values(t, Field::UsersCaught), [Some(120.0)], "{t}");
}

/// In a text naming no year, an operation opening it (“夏季攻势”开展以来，截至8月31日，…) frames
/// its later paragraphs' untimed counts, as a span of years does.
#[test]
fn an_operation_framing_a_yearless_text_frames_its_later_paragraphs() {
    let t = "公安部消息\n“夏季攻势”开展以来，截至8月31日，全国共破获毒品犯罪案件2300起。\n针对寄递渠道涉毒问题，开展寄递物流禁毒行动。\n同时，深入推进“平安关爱”，共责令强制隔离戒毒5200人，社区戒毒、社区康复6100人。\n";
    for f in [Field::CriminalCases, Field::CompulsoryRehab, Field::CommunityCases] {
        assert!(field_values(t, f).iter().all(Option::is_none), "{f:?}");
    }
}

/// A running total to now (至今，…累计…次), since a service or a station began: no value of the
/// year; the year's own 累计 is the year's.
#[test]
fn a_running_total_to_now_is_no_years_value() {
    run(&[
        (S, "至今，禁毒社工累计走访帮扶3200人次，开展尿检服务累计8600次。", &["!urine_tests"]),
        (S, "至今，全区社工组织尿检累计5400次。", &["!urine_tests"]),
        (S, "全年开展尿检服务累计8600次。", &["urine_tests=8600"]),
        // (a caption before it is none of its lead)
        (S, "禁毒社工服务（3）至今，社工走访帮扶2200人次，尿检服务累计4600次。", &["!urine_tests"]),
    ]);
}

/// 在册吸毒人员 found by a survey (查出在册吸毒人员512人) are the register, not users caught.
#[test]
fn registered_users_found_by_a_survey() {
    run(&[
        (S, "通过全面排查，全县查出在册吸毒人员512人。", &["registered_users=512", "!users_caught"]),
        (S, "经核查，全县排查出在册吸毒人员498名。", &["registered_users=498", "!users_caught"]),
        (S, "全年查出吸毒人员46人。", &["users_caught=46"]),
    ]);
}

/// A sentence opening on an example of another place (再如贵州省…, 例如广西…) gives that place's
/// figures, a part of the whole the text tells of; a county whose name begins with 如 is no example.
#[test]
fn an_example_of_another_place_is_a_part() {
    for text in [
        "全国吸毒人员登记工作回顾\n1999年，各地普遍开展吸毒人员调查摸底工作。再如贵州省组织普查工作组，初步查出全省在册吸毒人员5万余人。\n",
        "全国吸毒人员登记工作回顾\n1999年，各地普遍开展吸毒人员调查摸底工作。例如广西组织了第3次调查，全区登记在册吸毒人员4万余人。\n",
        // (如上海市…: 如 and a place whose name opens on 上, no 如上 of a text's own)
        "全国吸毒人员登记工作回顾\n1999年，各地普遍开展吸毒人员调查摸底工作。如上海市政府统一组织排查，全市登记在册吸毒人员3万余人。\n",
    ] {
        assert!(field_values(text, Field::RegisteredUsers).iter().all(Option::is_none), "{text}");
    }
    // (如今, a word: the text's own figure)
    let t = "云南省禁毒工作综述\n2023年12月20日讯 如今，云南省现有吸毒人员3.2万名，较上年下降。\n";
    assert_eq!(field_values(t, Field::RegisteredUsers), [Some(32000.0)], "{t}");
    // (如上所述, words of the text's own)
    let t = "某县禁毒委员会2023年禁毒工作总结\n如上所述，全县现有吸毒人员312名。\n";
    assert_eq!(field_values(t, Field::RegisteredUsers), [Some(312.0)], "{t}");
    let t = "如东县禁毒委员会2023年禁毒工作总结\n如东县全年共破获毒品刑事案件12起。\n";
    assert_eq!(field_values(t, Field::CriminalCases), [Some(12.0)], "{t}");
}

/// A sentence opening on one event's activity (本次宣传活动…, after 据统计 or not) gives that
/// event's figures in all its clauses, none of the year's.
#[test]
fn a_sentence_opening_on_one_events_activity() {
    run(&[
        (S, "据统计，本次宣传活动共发放宣传资料300余份，展出展板12块，进行毛发采集25人。", &["!hair_tests"]),
        (S, "此次禁毒宣传活动共发放资料400份，现场毛发检测18人。", &["!hair_tests"]),
        (S, "据统计，全年共开展毛发检测250人次，发放宣传资料3000余份。", &["hair_tests=250"]),
    ]);
}

/// Of two years an undated text names as often, the one a day of its events is written in
/// (2018年12月28日，…发放…) dates it, not one named in passing inside a thing's name (2019年禁毒宣
/// 传台历, a calendar made for the next year).
#[test]
fn a_day_of_the_events_dates_the_text_over_a_year_in_passing() {
    for (text, want) in [
        (
            "元旦前夕，某县禁毒办开展系列宣传活动。\n县禁毒办精心设计2019年禁毒宣传台历投放市场。2018年12月28日，县禁毒办在车站向群众发放禁毒宣传台历800余份。\n",
            Some(2018),
        ),
        (
            "某县禁毒宣传进市场\n县禁毒协会印制2021年禁毒主题挂历2000份。2020年12月30日，志愿者深入各市场逐户发放挂历。\n",
            Some(2020),
        ),
        // (a year named more often still wins)
        (
            "某县禁毒工作简报\n2019年，全县禁毒工作稳步推进。2019年全县开展宣传活动40场次。2018年12月28日，县禁毒委召开会议。\n",
            Some(2019),
        ),
    ] {
        let years: Vec<Option<i32>> = extract_text("t.txt", text).iter().map(|r| r.id.year).collect();
        assert_eq!(years.first().copied().flatten(), want, "{text}");
    }
}

/// A span from a month of last year to now (自去年11月份…启动以来, 去年12月以来) in a page of a
/// later month is no account of last year: the page's year, not the span's start.
#[test]
fn a_span_from_a_month_of_last_year_dates_no_record_by_its_start() {
    for (text, want) in [
        (
            "某市禁毒宣传活动\n来源：某市新闻网   作者：某某   2019-07-15 10:20:00\n记者了解到，自去年11月份，全市禁毒专项行动启动以来，全市共抓获毒品犯罪嫌疑人60余名。\n",
            Some(2019),
        ),
        (
            "某市禁毒工作动态\n来源：某市新闻网   2019-07-15 10:20:00\n去年12月以来，全市共查处吸毒人员120人次，强制隔离戒毒35人。\n",
            Some(2019),
        ),
        // (early in a year, 去年 is last year's account)
        ("某市禁毒工作动态\n来源：某市新闻网   2019-01-20 10:20:00\n去年，全市共破获毒品刑事案件52起。\n", Some(2018)),
    ] {
        let years: Vec<Option<i32>> = extract_text("t.txt", text).iter().map(|r| r.id.year).collect();
        assert_eq!(years.first().copied().flatten(), want, "{text}");
    }
}

/// A span of months across two years (2024年6月至2025年6月) starts in a year that is no year of
/// the text: an undated release's year is the span's end, where it was written.
#[test]
fn a_span_of_months_across_two_years_dates_no_record_by_its_start() {
    let t = "某市禁毒新闻通气会\n6月25日，某市公安局召开“6·26”国际禁毒日新闻通气会。\n据介绍，2024年6月至2025年6月，某市公安机关共破获毒品刑事案件105件。其中，某案被评为2024年全省缉毒精品案件。\n";
    let recs = extract_text("t.txt", t);
    assert_eq!(recs.first().and_then(|r| r.id.year), Some(2025), "{t}");
    // (the span's counts are no year's value)
    assert!(recs.iter().all(|r| r.value(Field::CriminalCases).is_none()), "{t}");
}

/// A campaign framed as the sentence's time (在…集中宣传活动中，全县开展…) holds the whole area's
/// doings in it: its counts are the campaign's, yielding to the year's total stated after
/// (全年共开展…). Unframed (…宣传月期间成效明显，全县共开展…), the whole area's words close it.
#[test]
fn a_campaign_framed_as_the_sentences_time_holds_the_whole_areas_doings() {
    run(&[
        (
            S,
            "在“6·26”国际禁毒日集中宣传活动中，全县开展宣传活动25场次。全年共开展禁毒宣传活动160场次。",
            &["publicity_events=160"],
        ),
        (
            S,
            "在禁毒宣传月活动期间，全市开展宣传活动40场次。全年全市共开展禁毒宣传活动300场次。",
            &["publicity_events=300"],
        ),
        (
            S,
            "禁毒宣传月期间成效明显，全县共开展禁毒宣传活动120场次。全年共开展禁毒宣传活动300场次。",
            &["publicity_events=120"],
        ),
        // (an activity's own period, 活动期间, is the activity's)
        (
            S,
            "全县开展“禁毒宣传月”活动，活动期间共开展宣传活动60场次，全年累计开展禁毒宣传活动210场次。",
            &["publicity_events=210"],
        ),
    ]);
}

/// One operation's period opening a sentence (开展“净边”专项行动期间，全县共破获…12起) and a clause
/// of the year's own after it (全年共破获…30起): the year's clause is read in its own time.
#[test]
fn the_years_clause_after_an_operations_period() {
    run(&[
        (S, "开展“净边”专项行动期间，全县共破获毒品刑事案件12起，全年共破获毒品刑事案件30起。", &["criminal_cases=30"]),
        (S, "在“雷霆”会战中，全县查处吸毒人员20人次；全年全县共查处吸毒人员95人次。", &["users_caught=95"]),
        // (without the year's clause, the operation's count is none of the year's)
        (S, "开展“净边”专项行动期间，全县共破获毒品刑事案件12起，抓获犯罪嫌疑人15人。", &["!criminal_cases"]),
    ]);
}

/// Probe round 24. The persons detained named before the stage, as its object or subject (对19名
/// 犯罪嫌疑人依法刑事拘留, 对103人采取刑事拘留措施, 其中15人被刑事拘留) are the detained; a figure whose
/// own clause names a later stage after it (13人被检察院批准逮捕) is that stage's, not the detained
/// of the clause before; the arrested before 刑事拘留 (抓获…25名并刑事拘留) are arrests.
#[test]
fn detained_named_before_the_stage_and_a_later_stage_after_a_figure() {
    run(&[
        (S, "全年破获毒品刑事案件15起，对19名犯罪嫌疑人依法刑事拘留，13人被检察院批准逮捕。", &["detained=19"]),
        (S, "处置方面：对103名犯罪嫌疑人采取刑事拘留措施，依法逮捕92人。", &["detained=103"]),
        (S, "全县抓获毒品犯罪嫌疑人30名，其中21人被依法刑事拘留。", &["detained=21"]),
        (S, "全年对46人予以刑事拘留，移送起诉41人。", &["detained=46", "prosecuted=41"]),
        // (a later stage alone after the detained's clause is no detained figure)
        (S, "全年破获毒品刑事案件9起，依法刑事拘留犯罪嫌疑人，8人被批准逮捕。", &["!detained"]),
        (S, "全县依法刑事拘留涉毒人员，其中7人被提起公诉。", &["!detained"]),
        // (the arrested are no detained figure, whatever follows them)
        (S, "全年抓获犯罪嫌疑人25名并依法刑事拘留。", &["!detained"]),
        // (as before: the stage first)
        (S, "刑事拘留13人，逮捕10人，移送起诉12人。", &["detained=13", "prosecuted=12"]),
        (S, "全年逮捕毒品犯罪嫌疑人20人，刑事拘留24人。", &["detained=24"]),
    ]);
}

/// Probe round 24. A level that falls or rises from the start of the year to its end (由年初的872名
/// 下降至年底的815名, 从年初的430人减少到年末的402人) is the year-end's; the start's is no value.
#[test]
fn a_level_from_the_years_start_to_its_end() {
    run(&[
        (S, "全市在册吸毒人员由年初的872名下降至年底的815名。", &["registered_users=815"]),
        (S, "全县在册吸毒人员从年初的430人减少到年末的402人。", &["registered_users=402"]),
        (S, "全区社区戒毒社区康复人员由年初的96名增加到今年底的104名。", &["community_cases=104"]),
        (S, "全县现有吸毒人员由年初的1,206名降至本年末的1,135名。", &["registered_users=1135"]),
    ]);
}

/// Probe round 24. Persons taken in hand for community rehab (落实社区戒毒社区康复人员312名, 监管社戒
/// 社康人员85名) are those under it; those newly found by another word (首次发现吸毒的19名, 初次发现
/// 吸毒人员6名) are new users.
#[test]
fn community_rehab_in_hand_and_users_found_for_the_first_time() {
    run(&[
        (P, "全年落实社区戒毒社区康复人员312名，管控率99.4%。", &["community_cases=312"]),
        (S, "全县监管社戒社康人员85名，无一脱失。", &["community_cases=85"]),
        (S, "落实社区戒毒社区康复帮扶措施人员40名。", &["!community_cases"]),
        (S, "查获吸毒人员71人次，查获的吸毒人员中，首次发现吸毒的19名。", &["users_caught=71", "new_users=19"]),
        (S, "全年初次发现吸毒人员6名，同比减少2名。", &["new_users=6"]),
    ]);
}

/// Probe round 24. A form's total score after a full-width bar (总分｜95.2) is the self-score, as
/// after a colon.
#[test]
fn a_forms_total_score_after_a_bar() {
    for (t, want) in [
        ("某县禁毒专项经费项目支出绩效自评表\n（2021年度）\n项目名称｜禁毒专项经费\n总分｜95.2\n", Some(95.2)),
        ("某县禁毒专项经费项目支出绩效自评表\n（2021年度）\n项目名称｜禁毒专项经费\n总分：93\n", Some(93.0)),
        ("某县禁毒专项经费项目支出绩效自评表\n（2021年度）\n项目名称｜禁毒专项经费\n满分｜100\n", None),
    ] {
        let got = extract_text("t.txt", t).first().and_then(|r| r.value(Field::SelfScore));
        assert_eq!(got, want, "{t}");
    }
}

/// Probe round 24. A saved page's line of its site's address and the date (http://www.xx.gov.cn
/// 2024-02-22) is the page's date: 去年 in a page of February is last year's account.
#[test]
fn a_site_address_beside_the_date_dates_the_page() {
    for (text, want) in [
        ("某市召开禁毒工作会议\nhttp://www.xx.gov.cn  2024-02-22\n2月21日，某市召开禁毒工作会议。会议指出，去年全市共侦破毒品刑事案件42起。\n", Some(2023)),
        ("某市召开禁毒工作会议\nwww.xx.gov.cn 2022-01-20\n1月19日，某市召开会议。会议通报，去年全市查获吸毒人员96人次。\n", Some(2021)),
        ("某县禁毒工作动态\nhttps://www.yy.gov.cn/news  2023-11-16\n11月15日，某县召开推进会。今年以来，全县破获毒品刑事案件12起。\n", Some(2023)),
        // (no date beside the address: no year to read)
        ("某市召开禁毒工作会议\nhttp://www.xx.gov.cn\n2月21日，某市召开禁毒工作会议。会议指出，去年全市共侦破毒品刑事案件42起。\n", None),
    ] {
        let years: Vec<Option<i32>> = extract_text("t.txt", text).iter().map(|r| r.id.year).collect();
        assert_eq!(years.first().copied().flatten(), want, "{text}");
    }
}

/// Probe round 24. A clause of this year's own after a span's running total in one sentence
/// (“十四五”以来累计开展…600余场次，今年开展152场次; 2021年以来…，其中今年查获…) keeps its figure as the
/// year's; the span's stays no value, and 当年 after a span is its first year's.
#[test]
fn this_years_clause_after_a_spans_total() {
    run(&[
        (S, "“十四五”以来，全区累计开展禁毒宣传活动600余场次，今年开展152场次。", &["publicity_events=152"]),
        (S, "2021年以来，全县累计查获吸毒人员260人次，今年查获吸毒人员88人次。", &["users_caught=88"]),
        (S, "三年来，全市共破获毒品刑事案件98起，全年破获毒品刑事案件36起。", &["criminal_cases=36"]),
        // (the span alone stays no value)
        (S, "“十四五”以来，全区累计开展禁毒宣传活动600余场次，覆盖群众10万人次。", &["!publicity_events"]),
        (S, "2018年以来，全县共破获毒品刑事案件56起，当年破获12起。", &["!criminal_cases"]),
    ]);
}

// p28p

/// Probe round 28. 同期 opening a sentence is the period just named (1-7月，…。同期开展尿检…), not
/// last year's same months: its figures are the text's; 去年同期 / 同期相比 stay comparisons.
#[test]
fn same_period_opening_a_sentence_is_the_period_just_named() {
    let get = |text: &str, f: Field| extract_text("t.txt", text).iter().find_map(|r| r.value(f));
    for (text, f, want) in [
        ("某县禁毒工作\n2022/8/3\n1-7月，全县共破获毒品刑事案件4起。\n同期开展吸毒人员尿检1236人次，毛发检测215人。\n", Field::UrineTests, Some(1236.0)),
        ("某县禁毒工作\n发布时间：2021-07-02\n上半年，全县查处吸毒人员40人。同期共破获毒品刑事案件5起，刑事拘留8人。\n", Field::CriminalCases, Some(5.0)),
        ("某区禁毒工作通报\n2023年10月9日\n前三季度，全区查获吸毒人员31人次；同期组织污水采样检测9次。\n", Field::WastewaterTests, Some(9.0)),
        // (last year's same months, named so, stay a baseline)
        ("某县禁毒工作\n发布时间：2021-07-02\n今年以来，全县查处吸毒人员40人。去年同期，全县破获毒品刑事案件7起。\n", Field::CriminalCases, None),
    ] {
        assert_eq!(get(text, f), want, "{text}");
    }
}

/// Probe round 28. A count of persons under community detox/rehab written before its noun with
/// their management (对辖区27名社区戒毒社区康复人员实行网格化管理; 31名社戒社康人员落实动态管控) is the
/// count under management; the same persons visited or tested (帮扶, 尿检) give none.
#[test]
fn community_cases_counted_before_their_management() {
    run(&[
        (
            S,
            "全镇对辖区27名社区戒毒社区康复人员实行网格化管理，管控率100%。",
            &["community_cases=27", "control_rate=100"],
        ),
        (S, "辖区27名社区戒毒社区康复人员全部纳入网格化管理。", &["community_cases=27"]),
        (S, "全县对31名社戒社康人员落实动态管控。", &["community_cases=31"]),
        (S, "全县45名社区戒毒社区康复人员均已落实“一人一档”管理。", &["community_cases=45"]),
        (S, "工作站对27名社区戒毒社区康复人员开展帮扶走访。", &["!community_cases"]),
        (S, "工作站对27名社区戒毒社区康复人员开展尿检，结果均为阴性。", &["!community_cases"]),
    ]);
}

/// Probe round 28 (round 26's r14). A round-up of several counties' items, each under a heading
/// of its own county's name, is no one county's: no county, the city and province they share;
/// one county's heading, or a county named in passing, keeps its county.
#[test]
fn a_round_up_under_several_county_headings_has_no_county() {
    let place = |text: &str| {
        let r = extract_text("t.txt", text);
        let id = &r.first().expect("a record").id;
        (id.county.clone(), id.city.clone())
    };
    for (text, county, city) in [
        ("南川区\n南川区禁毒办组织各乡镇开展禁毒宣传活动。\n武隆区\n武隆区禁毒办在黄莺乡开展宣传活动。\n彭水县\n彭水自治县禁毒办推动各乡镇开展宣传。\n", "", "重庆市"),
        ("禁毒宣传月各地动态\n一、平阳县\n平阳县禁毒办开展禁毒宣传进校园活动。\n二、苍南县\n苍南县禁毒办组织禁毒知识竞赛。\n", "", "温州市"),
        ("【榆中县】\n榆中县禁毒办开展禁毒宣传活动。\n【会宁县】\n会宁县禁毒办组织禁毒宣传。\n", "", ""),
        // (one county's heading, or others named in the body: that county)
        ("平阳县\n平阳县禁毒办开展禁毒宣传进校园活动，苍南县禁毒办派员观摩。\n", "平阳县", "温州市"),
    ] {
        assert_eq!(place(text), (county.to_string(), city.to_string()), "{text}");
    }
}

/// Probe round 28. A report signed in numerals in the first weeks of a year (二〇二四年一月十六日,
/// whose year the reader makes digits) looks back on the year before, as one signed 2024年1月16日
/// does; signed in December, it is of its own year.
#[test]
fn a_signature_date_in_numerals_dates_the_report() {
    let year = |text: &str| extract_text("t.txt", text).first().and_then(|r| r.id.year);
    for (text, want) in [
        ("关于上年度禁毒工作开展情况的报告\n某旗禁毒委员会办公室\n全年全旗共破获毒品刑事案件8起，刑事拘留9人。\n二〇二四年一月十六日\n", Some(2023)),
        ("关于禁毒工作情况的通报\n某县禁毒委员会办公室\n一年来，全县共查获吸毒人员28人次。\n二〇二三年一月五日\n", Some(2022)),
        ("关于禁毒工作情况的通报\n某县禁毒委员会办公室\n全年全县共破获毒品刑事案件11起。\n二零二二年二月十日\n", Some(2021)),
        // (signed in December: its own year)
        ("关于禁毒工作情况的通报\n某县禁毒委员会办公室\n今年以来，全县共破获毒品刑事案件11起。\n二〇二二年十二月二十八日\n", Some(2022)),
    ] {
        assert_eq!(year(text), want, "{text}");
    }
}

/// Probe round 28. A report titled 关于(上年度)…工作开展情况的报告 / …情况的通报 over its unit's
/// line names that unit, not the title's words (上禁毒工作开展情况的报告林西县禁毒委员会办公室).
#[test]
fn a_report_on_how_work_went_names_the_unit_below_it() {
    let unit = |text: &str| extract_text("t.txt", text).first().map(|r| r.id.unit.clone());
    for (text, want) in [
        ("关于上年度禁毒工作开展情况的报告\n林西县禁毒委员会办公室\n全年全县共破获毒品刑事案件9起。\n二〇二四年一月十二日\n", "林西县禁毒委员会办公室"),
        ("关于禁毒工作开展情况的报告\n巴林左旗禁毒委员会办公室\n全年全旗共破获毒品刑事案件8起。\n2024年1月16日\n", "巴林左旗禁毒委员会办公室"),
        ("关于全县禁毒工作情况的通报\n临洮县禁毒委员会办公室\n全年全县共破获毒品刑事案件5起。\n2023年1月9日\n", "临洮县禁毒委员会办公室"),
    ] {
        assert_eq!(unit(text).as_deref(), Some(want), "{text}");
    }
}

/// Probe round 28 (round 26's w4/w7). A news headline about money handed out (省禁毒委下拨戒毒社工
/// 专项补助费) over a reporter's story is news of its own year, no project's evaluation written
/// the year after; a project's self-evaluation keeps its kind.
#[test]
fn news_of_an_allocation_is_no_project_evaluation() {
    let id = |text: &str| extract_text("t.txt", text).first().map(|r| (r.id.kind, r.id.year));
    for (text, want) in [
        ("省禁毒委下拨戒毒社工专项补助费\n2012年10月30日来源:江苏法制报\n本报讯 记者昨从省禁毒委员会办公室获悉,省禁毒委争取了400余万元专项经费用于戒毒社工的绩效奖励。\n", (Kind::Summary, Some(2012))),
        ("市财政下达禁毒专项资金\n2021-09-14 来源：某市日报\n本报讯 记者从市禁毒办获悉，市财政近日下达禁毒专项资金120万元，用于社区戒毒社区康复工作。\n", (Kind::Summary, Some(2021))),
        // (an evaluation of such money keeps its kind)
        ("某县禁毒专项资金项目支出绩效自评报告\n2022年3月10日\n一、项目概况\n2021年度禁毒专项资金预算50万元，实际支出48.6万元，预算执行率97.2%。\n", (Kind::Project, Some(2021))),
    ] {
        assert_eq!(id(text), Some(want), "{text}");
    }
}

/// A city's bulletin of its counties' results, each county's text after its name and a colon
/// (浑江区：全年破获…) or under its name as a heading, and the city office's signature under the
/// last: one record per county, in the bulletin's year, no unit of the city's, no record of the
/// opening.
#[test]
fn a_citys_bulletin_of_its_counties_is_a_record_per_county_in_its_year() {
    let open = "白山市禁毒委员会办公室关于2022年度各县（市、区）禁毒工作情况的通报\n各县（市、区）禁毒委员会：\n现将2022年度禁毒工作情况通报如下。\n";
    let sign = "白山市禁毒委员会办公室\n2023年1月20日\n";
    for counties in [
        "浑江区：全年破获毒品刑事案件9起，查获吸毒人员26名。\n抚松县：全年破获毒品刑事案件6起，查获吸毒人员15名。\n",
        "浑江区\n全年破获毒品刑事案件9起，查获吸毒人员26名。\n抚松县\n全年破获毒品刑事案件6起，查获吸毒人员15名。\n",
    ] {
        let text = format!("{open}{counties}{sign}");
        let recs = extract_text("t.txt", &text);
        let got: Vec<(&str, &str, &str, Option<i32>, Option<f64>)> = recs
            .iter()
            .map(|r| {
                (r.id.county.as_str(), r.id.city.as_str(), r.id.unit.as_str(), r.id.year, r.value(Field::CriminalCases))
            })
            .collect();
        assert_eq!(
            got,
            [("浑江区", "白山市", "", Some(2022), Some(9.0)), ("抚松县", "白山市", "", Some(2022), Some(6.0))],
            "{text}"
        );
    }
}

/// Probe round 28 (round 26's t/m2). A round-up whose counties' headings each open figures of
/// their own is one record per county, each with its own figures; without figures of their own
/// (a_round_up_under_several_county_headings_has_no_county) it stays one record of no county.
#[test]
fn a_round_up_with_each_countys_figures_is_a_record_per_county() {
    for (text, want) in [
        (
            "南川区\n南川区禁毒办组织乡镇开展禁毒宣传活动，2023年全区查获吸毒人员56人。\n武隆区\n武隆区禁毒办在黄莺乡开展宣传活动，2023年全区查获吸毒人员34人。\n",
            vec![("南川区", 56.0), ("武隆区", 34.0)],
        ),
        (
            "各县禁毒工作动态\n一、平阳县\n2023年，平阳县共破获毒品刑事案件9起。\n二、苍南县\n2023年，苍南县禁毒办指导破获毒品刑事案件12起。\n三、文成县\n文成县禁毒委2023年共破获毒品刑事案件4起。\n",
            vec![("平阳县", 9.0), ("苍南县", 12.0), ("文成县", 4.0)],
        ),
    ] {
        let recs = extract_text("t.txt", text);
        let got: Vec<(String, f64)> = recs
            .iter()
            .filter_map(|r| {
                let v = r.value(Field::UsersCaught).or_else(|| r.value(Field::CriminalCases))?;
                Some((r.id.county.clone(), v))
            })
            .collect();
        let want: Vec<(String, f64)> = want.into_iter().map(|(c, v)| (c.to_string(), v)).collect();
        assert_eq!(got, want, "{text}");
    }
}
