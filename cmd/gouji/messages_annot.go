package main

// Messages of gouji check --annotate, Chinese and English side by side,
// to move into the message catalogue (issue 12) when it lands.
var annotMessages = map[string][2]string{ // id: {zh, en}
	"annot.flag":      {"把每个输入文件连同其问题批注复制到 DIR（PDF 高亮批注）；不会覆盖输入文件", "write a copy of each input carrying its findings into DIR (PDF: highlight annotations); inputs are never written over"},
	"annot.overwrite": {"--annotate %s 会覆盖输入文件 %s：请另选目录", "--annotate %s would overwrite the input %s: choose another directory"},
	"annot.clash":     {"--annotate %s：%s 与 %s 同名，批注副本会互相覆盖", "--annotate %s: %s and %s have the same name, their annotated copies would overwrite each other"},
	"annot.failed":    {"%s：未能写出批注副本：%v", "%s: no annotated copy written: %v"},
	"annot.text":      {"纯文本输入不生成批注副本", "text inputs get no annotated copy"},
}

// annotMsg returns message id in the language of the locale.
func annotMsg(id string) string {
	m := annotMessages[id]
	if annotateLang() == "en" {
		return m[1]
	}
	return m[0]
}
