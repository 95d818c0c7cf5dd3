//! The fill-in workbook (填报模板.xlsx) counties fill: sheet 填报 has a row per unit-year,
//! identity columns then a column per field (`model::Field`) headed `标签（单位）`, with data
//! validation on the numbers; sheet 说明 says how to fill it. `extract::template` reads a
//! filled one back by the same headers.

use crate::extract::template::{field_header, IDENTITY};
use crate::model::{Field, Measure};
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DataValidationRule, Format, FormatBorder, Workbook, XlsxError,
};

fn rule(f: Field) -> DataValidation {
    let v = DataValidation::new();
    let v = match f.measure() {
        Measure::Money => v.allow_decimal_number(DataValidationRule::GreaterThanOrEqualTo(0.0)),
        Measure::Percent => v.allow_decimal_number(DataValidationRule::Between(0.0, 1000.0)),
        Measure::Score => v.allow_decimal_number(DataValidationRule::Between(0.0, 100.0)),
        Measure::Count => v.allow_whole_number(DataValidationRule::GreaterThanOrEqualTo(0)),
    };
    let hint = match f.measure() {
        Measure::Money => "金额，以万元计，不小于0",
        Measure::Percent => "百分数的数值：98.5表示98.5%",
        Measure::Score => "0到100分",
        Measure::Count => "整数，不小于0",
    };
    v.set_error_style(DataValidationErrorStyle::Stop)
        .set_input_message(hint)
        .and_then(|v| v.set_error_message(format!("{}：{hint}；未载明的请留空，不要填0", f.label())))
        .unwrap_or_else(|_| DataValidation::new())
}

/// The workbook with `rows` rows prepared for filling.
pub fn workbook(rows: u32) -> Result<Vec<u8>, XlsxError> {
    let rows = rows.max(1);
    let mut wb = Workbook::new();
    let head = Format::new()
        .set_bold()
        .set_font_name("黑体")
        .set_background_color(Color::RGB(0xDCE6F1))
        .set_border(FormatBorder::Thin)
        .set_text_wrap();
    let ws = wb.add_worksheet();
    ws.set_name("填报")?;
    let mut col = 0u16;
    for h in IDENTITY {
        ws.write_string_with_format(0, col, h, &head)?;
        ws.set_column_width(col, if h == "单位" { 30 } else { 10 })?;
        col += 1;
    }
    ws.add_data_validation(
        1,
        4,
        rows,
        4,
        &DataValidation::new()
            .allow_whole_number(DataValidationRule::Between(2000, 2100))
            .set_error_message("年度：四位数字，如2024")?,
    )?;
    ws.add_data_validation(
        1,
        5,
        rows,
        5,
        &DataValidation::new().allow_list_strings(&["整体支出", "项目支出", "工作总结"])?,
    )?;
    for &f in Field::ALL {
        let h = field_header(f);
        ws.write_string_with_format(0, col, &h, &head)?;
        ws.set_column_width(col, (super::xlsx::text_width(&h) / 1.6).clamp(10.0, 22.0))?;
        ws.add_data_validation(1, col, rows, col, &rule(f))?;
        col += 1;
    }
    ws.set_row_height(0, 48)?;
    ws.set_freeze_panes(1, 1)?;
    let notes = wb.add_worksheet();
    notes.set_name("说明")?;
    let lines = [
        "每行填写一个单位一个年度的数据；单位、年度必填，区县、城市、省份尽量填写。",
        "类型：整体支出（部门整体支出绩效评价）、项目支出（项目支出绩效评价）或工作总结。",
        "金额一律以万元计；百分比填数值（98.5表示98.5%）；人数、次数、起数填整数。",
        "报告未载明的数字请留空，不要填0：空白表示未载明，0表示确为零。",
        "填好后放入data/文件夹，jixiao run会与报告一并读取。",
    ];
    notes.set_column_width(0, 100)?;
    for (i, l) in lines.iter().enumerate() {
        notes.write_string(i as u32, 0, *l)?;
    }
    let r0 = lines.len() as u32 + 1;
    for (c, h) in ["列名", "字段代码", "计量"].iter().enumerate() {
        notes.write_string_with_format(r0, c as u16, *h, &head)?;
    }
    notes.set_column_width(0, 36)?;
    notes.set_column_width(1, 24)?;
    for (i, &f) in Field::ALL.iter().enumerate() {
        let r = r0 + 1 + i as u32;
        notes.write_string(r, 0, field_header(f))?;
        notes.write_string(r, 1, f.name())?;
        notes.write_string(r, 2, f.measure().unit())?;
    }
    wb.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_carry_label_and_unit() {
        assert_eq!(field_header(Field::BudgetTotal), "预算数（万元）");
        assert_eq!(field_header(Field::RelapseRate), "复吸率（%）");
        assert_eq!(field_header(Field::RegisteredUsers), "在册吸毒人员");
    }

    #[test]
    fn every_field_header_is_distinct() {
        let mut h: Vec<String> = Field::ALL.iter().map(|f| field_header(*f)).collect();
        h.sort();
        h.dedup();
        assert_eq!(h.len(), Field::ALL.len());
    }
}
