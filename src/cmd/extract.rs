//! `jixiao extract PATH... [-o FILE]`: the facts table.

pub type Args = super::InputArgs;

pub fn exec(a: Args) -> anyhow::Result<bool> {
    let (records, errors) = jixiao::inputs::load(&a.paths);
    super::emit_with(a.output.as_ref(), |w| jixiao::render::tables::write_facts_csv(w, &records))?;
    Ok(super::report_errors(&errors))
}
