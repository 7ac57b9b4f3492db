package i18n

// The messages of a folder run's parts of one report (gouji check: a
// narrative and its tables found in one folder), kept apart so that the
// catalogues of en.go and zh.go merge without conflict.

var pairjoinEn = map[ID]string{
	"cli.joined": "checked as one report: %s",
}

var pairjoinZh = map[ID]string{
	"cli.joined": "合并为一份报告检查：%s",
}

func init() { addCatalogue(pairjoinEn, pairjoinZh) }
