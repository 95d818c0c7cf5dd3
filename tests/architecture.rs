//! The shape of the code, checked: modules import one way only. Every `super::x` and
//! `crate::a::b` reference outside `#[cfg(test)]` code is an edge; the graph must have no
//! cycle, and the stages may only import downward (model → extract → check → compute →
//! pipeline → render).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Module path ("extract::scan") → the source of its non-test code.
fn modules() -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![src.clone()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                let rel = p.strip_prefix(&src).unwrap().with_extension("");
                let mut parts: Vec<String> = rel.iter().map(|s| s.to_string_lossy().into_owned()).collect();
                if parts.last().is_some_and(|l| l == "mod" || l == "lib") {
                    parts.pop();
                }
                if parts.first().is_some_and(|f| f == "main" || f == "cmd") {
                    continue; // the binary: glue over the library
                }
                let text = std::fs::read_to_string(&p).unwrap();
                // test modules are left out: `#[cfg(test)]` or `#[cfg(all(test, …))]`
                let code = match text.find("#[cfg(test)]").or_else(|| text.find("#[cfg(all(test")) {
                    Some(i) => text[..i].to_string(),
                    None => text,
                };
                out.insert(parts.join("::"), code);
            }
        }
    }
    out
}

/// The modules one module's code refers to (itself and its own children excluded).
fn edges(name: &str, code: &str, all: &BTreeMap<String, String>) -> BTreeSet<String> {
    let parent: Vec<&str> = name.split("::").filter(|s| !s.is_empty()).collect();
    let parent = &parent[..parent.len().saturating_sub(1)];
    let mut out = BTreeSet::new();
    let ident = |s: &str| s.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect::<String>();
    for line in code.lines() {
        let line = line.trim_start();
        if line.starts_with("//") {
            continue;
        }
        for (prefix, base) in [("crate::", Vec::<&str>::new()), ("super::", parent.to_vec())] {
            let mut rest = line;
            while let Some(i) = rest.find(prefix) {
                rest = &rest[i + prefix.len()..];
                // the longest module path the reference names
                let mut path: Vec<String> = base.iter().map(|s| s.to_string()).collect();
                let mut best = if base.is_empty() { None } else { Some(path.join("::")) };
                let mut r = rest;
                loop {
                    let id = ident(r);
                    if id.is_empty() {
                        break;
                    }
                    path.push(id.clone());
                    let cand = path.join("::");
                    if all.contains_key(&cand) {
                        best = Some(cand);
                    }
                    r = &r[id.len()..];
                    match r.strip_prefix("::") {
                        Some(x) => r = x,
                        None => break,
                    }
                }
                if let Some(b) = best {
                    if b != name && !b.starts_with(&format!("{name}::")) && !(name.is_empty()) {
                        out.insert(b);
                    }
                }
            }
        }
    }
    out
}

fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let all = modules();
    all.iter().map(|(n, c)| (n.clone(), edges(n, c, &all))).collect()
}

#[test]
fn the_module_graph_has_no_cycle() {
    let g = graph();
    // depth-first search with colours; a grey node reached again closes a cycle
    fn visit(
        n: &str,
        g: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        match state.get(n) {
            Some(1) => {
                let i = path.iter().position(|p| p == n).unwrap();
                let mut c = path[i..].to_vec();
                c.push(n.to_string());
                return Some(c);
            }
            Some(2) => return None,
            _ => {}
        }
        state.insert(n.to_string(), 1);
        path.push(n.to_string());
        for m in g.get(n).into_iter().flatten() {
            if let Some(c) = visit(m, g, state, path) {
                return Some(c);
            }
        }
        path.pop();
        state.insert(n.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for n in g.keys() {
        if let Some(c) = visit(n, &g, &mut state, &mut Vec::new()) {
            panic!("import cycle: {}", c.join(" → "));
        }
    }
}

#[test]
fn stages_import_downward_only() {
    let order = ["model", "extract", "inputs", "check", "compute", "pipeline", "render", "parts"];
    let stage = |m: &str| {
        let top = m.split("::").next().unwrap_or("");
        order.iter().position(|s| *s == top)
    };
    let mut bad = Vec::new();
    for (n, es) in graph() {
        let Some(from) = stage(&n) else { continue };
        for e in es {
            if let Some(to) = stage(&e) {
                if to > from {
                    bad.push(format!("{n} → {e}"));
                }
            }
        }
    }
    assert!(bad.is_empty(), "upward imports: {bad:?}");
}

#[test]
fn the_graph_sees_known_edges() {
    // guards the parser itself: an empty graph would pass the two tests above
    let g = graph();
    assert!(g["extract::scan"].contains("extract::table"), "{:?}", g["extract::scan"]);
    assert!(g["extract::table"].contains("extract::cells"), "{:?}", g["extract::table"]);
}
