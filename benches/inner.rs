//! criterion benches of the inner loops: number parsing (the Arabic scanner and Chinese
//! numerals) and one report's extraction (a seed, and a synthetic whole-unit report).
//! Run: `cargo bench --bench inner` (release profile; CARGO_TARGET_DIR=/work/target-release here).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;

const SENTENCE: &str = "2021年基本支出预算数87.56万元，其中：人员经费76.76万元，公用经费10.8万元；决算数81.51万元，\
其中：人员经费76.44万元，公用经费5.07万元，较上年增加7.29万元。全年共侦破毒品刑事案件58起，涉毒尿检23,000余次，\
管控率达到98.95%，复吸率控制在15%以下。";

fn numbers(c: &mut Criterion) {
    let mut g = c.benchmark_group("numbers");
    g.throughput(Throughput::Bytes(SENTENCE.len() as u64));
    g.bench_function("scan a sentence", |b| b.iter(|| jixiao::extract::number::scan(black_box(SENTENCE))));
    g.throughput(Throughput::Elements(4));
    g.bench_function("parse_chinese ×4", |b| {
        b.iter(|| {
            for s in ["三十五万", "一千二百七十七点六", "壹佰贰拾", "二〇二一"] {
                black_box(jixiao::extract::number::parse_chinese(black_box(s)));
            }
        })
    });
    g.finish();
}

fn one_report(c: &mut Criterion) {
    let seed = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/reports/002_846ffa6747f51bb1.txt"),
    )
    .unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let opts = jixiao::synth::Options {
        scope: jixiao::synth::Scope::City("岳阳市".into()),
        years: 2021..=2021,
        ..Default::default()
    };
    jixiao::synth::generate(&opts, tmp.path()).unwrap();
    let synth = walk(tmp.path()).into_iter().find(|p| p.to_string_lossy().ends_with("_whole.txt")).unwrap();
    let synth = jixiao::extract::text::decode(&std::fs::read(synth).unwrap()).unwrap();
    let mut g = c.benchmark_group("one report");
    for (name, text) in [("seed 002 (9 KB)", &seed), ("synthetic whole-unit report", &synth)] {
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function(name, |b| b.iter(|| jixiao::extract::extract_text("r.txt", black_box(text))));
    }
    g.finish();
}

fn walk(d: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(d).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out.sort();
    out
}

criterion_group!(benches, numbers, one_report);
criterion_main!(benches);
