package extract

// Messages of the draft readers (.docx, .xlsx, legacy Office files), in
// Chinese and English, kept together until they move into the message
// catalogue (package i18n).
type draftMessage struct{ zh, en string }

var (
	msgLegacy       = draftMessage{"旧版 Office 格式", "old Office format"}
	msgLegacyWord   = draftMessage{"Word 97–2003 文档：请另存为 .docx", "Word 97–2003 document: save it as .docx"}
	msgLegacyExcel  = draftMessage{"Excel 97–2003 工作簿：请另存为 .xlsx", "Excel 97–2003 workbook: save it as .xlsx"}
	msgLegacyWPS    = draftMessage{"WPS 旧版文档：请另存为 .docx 或 .xlsx", "WPS document in its old format: save it as .docx or .xlsx"}
	msgDamagedDraft = draftMessage{"Word 或 Excel 文件已损坏或不完整", "truncated or damaged Word or Excel file"}
	msgZipNotOffice = draftMessage{"zip 压缩包，既不是 Word 文档也不是 Excel 工作簿", "a zip archive, neither a Word document nor an Excel workbook"}
)
