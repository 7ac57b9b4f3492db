package reconcile

// CountTotal checks counts and quantities listed with a total: "共有车辆8辆，
// 其中：机要通信用车2辆、应急保障用车1辆、其他用车5辆" must add up to 8. Whole
// counts are exact (8辆 is 8, not 7.5 to 8.5); quantities with decimals
// (43.2万吨) stand for their rounding interval. A list closed by 合计 or by
// its remainder (其他…) must add up; parts that exceed a total without a
// remainder item are unchecked, since counts of one total often overlap
// (新签约项目435个，其中亿元以上项目276个，先进制造业项目243个).
var CountTotal = narrativeRule("count-total",
	"counts listed with a total (车辆8辆，其中…2辆、1辆、5辆) add up to it",
	func(p *Pass, n *narrative) { checkTotals(p, n, false) })
