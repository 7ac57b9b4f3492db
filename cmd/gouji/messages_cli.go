package main

import "fmt"

// cliMessage is a message of the command line for people, in Chinese and
// English, kept together here until the message catalogue (package i18n)
// takes them over. text formats the English form.
type cliMessage struct{ zh, en string }

func (m cliMessage) text(args ...any) string { return fmt.Sprintf(m.en, args...) }

func (m cliMessage) error(args ...any) error { return cliError(m.text(args...)) }

// cliError is a usage or input error whose text is the whole message.
type cliError string

func (e cliError) Error() string { return string(e) }

// The messages of the command line's inputs, flags and summary.
var (
	msgNoReport         = cliMessage{"没有找到报告：%s（gouji 读取 %s 文件）", "no report found in %s (gouji reads %s files)"}
	msgNoReportSkip     = cliMessage{"；跳过了 %d 个无法读取的文件，如 %s", "; skipped %d files it does not read, such as %s"}
	msgStdinList        = cliMessage{"标准输入的文件列表", "the list on stdin"}
	msgEmptyShard       = cliMessage{"分片 %d/%d 没有报告（共 %d 个报告）", "shard %d/%d holds no report (of %d in all)"}
	msgStdinPDF         = cliMessage{"标准输入是一个 PDF 文件：请给出文件名（gouji check 文件.pdf）；“-” 读取的是文件名列表", "stdin holds a PDF: pass the file name (gouji check FILE.pdf); - reads a list of file names"}
	msgStdinBinary      = cliMessage{"标准输入不是文件名列表（含二进制数据）", "stdin holds binary data, not a list of file names"}
	msgStdinNul         = cliMessage{"标准输入含 NUL 字符：find -print0 的列表请加 --null", "stdin holds NUL bytes: for a find -print0 list add --null"}
	msgStdinRead        = cliMessage{"读取标准输入的文件列表出错：%v", "reading the file list from stdin: %v"}
	msgDurationUnit     = cliMessage{"时长须带单位，如 %[1]ss、%[1]sm", "a duration needs a unit: %[1]ss or %[1]sm"}
	msgDurationBad      = cliMessage{"无法识别的时长（如 90s、2m）", "not a duration (like 90s or 2m)"}
	msgNotPositive      = cliMessage{"须大于 0", "must be more than 0"}
	msgNotNumber        = cliMessage{"不是整数", "not a whole number"}
	msgSummarySkipCount = cliMessage{"，跳过 %d 个", ", %d skipped"}
	msgSummarySkipped   = cliMessage{"   跳过（gouji 不读取）：%s", "   skipped (not read by gouji): %s"}
)
