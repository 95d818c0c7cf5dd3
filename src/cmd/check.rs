//! `jixiao check PATH... [-o FILE]`: the findings table.

pub type Args = super::InputArgs;

pub fn exec(a: Args) -> anyhow::Result<bool> {
    let (records, errors) = jixiao::inputs::load(&a.paths);
    let findings = jixiao::check::check(&records);
    super::emit(a.output.as_ref(), &jixiao::render::tables::findings_csv(&findings))?;
    Ok(super::report_errors(&errors))
}
