//! `jixiao extract PATH... [-o FILE] [--text]`: the facts table, or the text the rules read.

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub input: super::InputArgs,
    /// Write the text read from each report instead of its figures (a Word or Excel table's rows
    /// as lines of tab-separated cells, a web page without its markup): what the rules see
    #[arg(long)]
    pub text: bool,
}

pub fn exec(a: Args) -> anyhow::Result<bool> {
    if a.text {
        let (texts, errors) = jixiao::inputs::texts(&a.input.paths);
        super::emit_with(a.input.output.as_ref(), |w| {
            for (path, text) in &texts {
                writeln!(w, "==> {} <==", path.display())?;
                w.write_all(text.as_bytes())?;
                if !text.ends_with('\n') {
                    writeln!(w)?;
                }
            }
            Ok(())
        })?;
        return Ok(super::report_errors(&errors));
    }
    let (records, errors) = jixiao::inputs::load(&a.input.paths);
    super::emit_with(a.input.output.as_ref(), |w| jixiao::render::tables::write_facts_csv(w, &records))?;
    Ok(super::report_errors(&errors))
}
