//! `jixiao extract PATH... [-o FILE]`: the facts table.

pub type Args = super::InputArgs;

pub fn exec(a: Args) -> anyhow::Result<bool> {
    let (records, errors) = jixiao::inputs::load(&a.paths);
    super::emit(a.output.as_ref(), &jixiao::render::tables::facts_csv(&records))?;
    Ok(super::report_errors(&errors))
}
