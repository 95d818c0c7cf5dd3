//! The briefing as Markdown (briefing.md): charts linked from charts/, the compact table.

use super::{Block, Briefing, Piece};
use crate::render::tables_out::{grid_md, md_cell};

pub fn write(b: &Briefing) -> String {
    let mut s = format!("# {}\n\n", md_cell(&b.title));
    for block in &b.blocks {
        match block {
            Block::H1(h) => s.push_str(&format!("## {}\n\n", md_cell(h))),
            Block::H2(h) => s.push_str(&format!("### {}\n\n", md_cell(h))),
            Block::P(p) => {
                for piece in p {
                    match piece {
                        Piece::T(x) => s.push_str(&md_cell(x)),
                        Piece::N { text, .. } => s.push_str(text),
                    }
                }
                s.push_str("\n\n");
            }
            Block::Findings(items) => {
                for i in items {
                    s.push_str(&format!("- {}（{}:{}）\n", md_cell(&i.text), md_cell(&i.file), i.line));
                }
                s.push('\n');
            }
            Block::Chart(i) => {
                let c = &b.charts[*i];
                s.push_str(&format!("![{}](charts/{}.png)\n\n", md_cell(&c.title), c.stem));
            }
            Block::NotDrawn(title, why) => {
                s.push_str(&format!("> 未绘制“{}”：{}。\n\n", md_cell(title), md_cell(why)));
            }
            Block::Table(i) => {
                s.push_str(&grid_md(&b.tables[*i].0, 4));
                let note = b.table_note(*i, false);
                if !note.is_empty() {
                    s.push_str(&format!("{}\n\n", md_cell(note)));
                }
            }
        }
    }
    s
}
