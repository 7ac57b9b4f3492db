package segment

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// mentionCase is one number as the seed report and the real reports print
// it, and what ParseMentions must make of it.
type mentionCase struct {
	in, text    string
	kind        MentionKind
	value, hi   string
	unit, base  string
	scale       int32
	bound       Bound
	qual        string
	year, month int
	day         int
}

func TestParseMentions(t *testing.T) {
	for _, c := range []mentionCase{
		{in: "收、支总计5799.97万元（", text: "5799.97万元", kind: KindMoney, value: "5799.97", unit: "万元", base: "元", scale: 4},
		{in: "营业额90.6亿元", text: "90.6亿元", kind: KindMoney, value: "90.6", unit: "亿元", base: "元", scale: 8},
		{in: "墨西哥城18.66亿美元地铁项目", text: "18.66亿美元", kind: KindMoney, value: "18.66", unit: "亿美元", base: "美元", scale: 8},
		{in: "累计874万美元，", text: "874万美元", kind: KindMoney, value: "874", unit: "万美元", base: "美元", scale: 4},
		{in: "消费支出27031元，", text: "27031元", kind: KindMoney, value: "27031", unit: "元", base: "元"},
		{in: "年初预算为 1560.05 万元", text: "1560.05 万元", kind: KindMoney, value: "1560.05", unit: "万元", base: "元", scale: 4},
		{in: "合计5, 662. 95万元", text: "5, 662. 95万元", kind: KindMoney, value: "5662.95", unit: "万元", base: "元", scale: 4},
		{in: "总计2,995.39万元", text: "2,995.39万元", kind: KindMoney, value: "2995.39", unit: "万元", base: "元", scale: 4},
		{in: "注册资金300万, 年销售额", text: "300万", kind: KindMoney, value: "300", unit: "万元", base: "元", scale: 4},
		{in: "支出决算为1511.89万", text: "1511.89万", kind: KindMoney, value: "1511.89", unit: "万元", base: "元", scale: 4},
		{in: "减少4.4%，", text: "4.4%", kind: KindPercent, value: "4.4", unit: "%", base: "%"},
		{in: "占100.00%。", text: "100.00%", kind: KindPercent, value: "100.00", unit: "%", base: "%"},
		{in: "高于全国1.9个百分点", text: "1.9个百分点", kind: KindPoints, value: "1.9", unit: "个百分点", base: "个百分点"},
		{in: "超过长沙10个点。", text: "10个点", kind: KindPoints, value: "10", unit: "个百分点", base: "个百分点"},
		{in: "车辆8辆，", text: "8辆", kind: KindCount, value: "8", unit: "辆", base: "辆"},
		{in: "来宾1678人次，", text: "1678人次", kind: KindCount, value: "1678", unit: "人次", base: "人次"},
		{in: "直播卖货22.7万场次，", text: "22.7万场次", kind: KindCount, value: "22.7", unit: "万场次", base: "场次", scale: 4},
		{in: "设备0台（套）。", text: "0台（套）", kind: KindCount, value: "0", unit: "台（套）", base: "台（套）"},
		{in: "800吨市级冻猪肉", text: "800吨", kind: KindQuantity, value: "800", unit: "吨", base: "吨"},
		{in: "粮食2.4万吨、", text: "2.4万吨", kind: KindQuantity, value: "2.4", unit: "万吨", base: "吨", scale: 4},
		{in: "面积289平方米，", text: "289平方米", kind: KindQuantity, value: "289", unit: "平方米", base: "平方米"},
		{in: "展台90 m²。", text: "90 m²", kind: KindQuantity, value: "90", unit: "m²", base: "m²"},
		{in: "平均得分99.43分", text: "99.43分", kind: KindQuantity, value: "99.43", unit: "分", base: "分"},
		// Qualifiers and ranges.
		{in: "访客数量近5万人次，", text: "近5万人次", kind: KindCount, value: "5", unit: "万人次", base: "人次", scale: 4, bound: BoundAbout, qual: "近"},
		{in: "共计完成产值约1083.9万元。", text: "约1083.9万元", kind: KindMoney, value: "1083.9", unit: "万元", base: "元", scale: 4, bound: BoundAbout, qual: "约"},
		{in: "合同引资额逾360亿元，", text: "逾360亿元", kind: KindMoney, value: "360", unit: "亿元", base: "元", scale: 8, bound: BoundAtLeast, qual: "逾"},
		{in: "卖家超180家，", text: "超180家", kind: KindCount, value: "180", unit: "家", base: "家", bound: BoundAtLeast, qual: "超"},
		{in: "发货80余万元，", text: "80余万元", kind: KindMoney, value: "80", unit: "万元", base: "元", scale: 4, bound: BoundAtLeast, qual: "余"},
		{in: "年产树油茶10万余斤，", text: "10万余斤", kind: KindQuantity, value: "10", unit: "万斤", base: "斤", scale: 4, bound: BoundAtLeast, qual: "余"},
		{in: "外贸企业270多家", text: "270多家", kind: KindCount, value: "270", unit: "家", base: "家", bound: BoundAtLeast, qual: "多"},
		{in: "一批50亿元以上项目", text: "50亿元以上", kind: KindMoney, value: "50", unit: "亿元", base: "元", scale: 8, bound: BoundAtLeast, qual: "以上"},
		{in: "单价100万元（含）以上设备", text: "100万元（含）以上", kind: KindMoney, value: "100", unit: "万元", base: "元", scale: 4, bound: BoundAtLeast, qual: "（含）以上"},
		{in: "投资5-10亿元项目33个", text: "5-10亿元", kind: KindMoney, value: "5", hi: "10", unit: "亿元", base: "元", scale: 8, bound: BoundRange},
		{in: "粮温在20至30度之间", text: "20至30度", kind: KindQuantity, value: "20", hi: "30", unit: "度", base: "度", bound: BoundRange},
		{in: "服务患者达3万5千人次", text: "3万5千人次", kind: KindCount, value: "3.5", unit: "万人次", base: "人次", scale: 4},
		// 约 that ends a word is not a qualifier.
		{in: "已履约257个，", text: "257个", kind: KindCount, value: "257", unit: "个", base: "个"},
		// Not amounts.
		{in: "2021年度收", text: "2021年度", kind: KindYear, value: "2021", year: 2021},
		{in: "截至2021年12月31日，", text: "2021年12月31日", kind: KindDate, value: "2021", year: 2021, month: 12, day: 31},
		{in: "政策（2017-2022年）", text: "2017-2022年", kind: KindYear, value: "2017", hi: "2022", bound: BoundRange, year: 2017},
		{in: "1-12月，", text: "1-12月", kind: KindDate, value: "1", hi: "12", bound: BoundRange, month: 1},
		{in: "（株政发〔2017〕20号）", text: "〔2017〕20号", kind: KindDocNumber, value: "20", year: 2017},
		{in: "株发[2015]8号", text: "[2015]8号", kind: KindDocNumber, value: "8", year: 2015},
		{in: "14、商业服务业等支出", text: "14、", kind: KindOrdinal, value: "14"},
		{in: "30. 年初预算", text: "30.", kind: KindOrdinal, value: "30"},
		{in: "（3）年终有验收", text: "（3）", kind: KindOrdinal, value: "3"},
		{in: "居全省第2位", text: "第2位", kind: KindOrdinal, value: "2"},
		{in: "5.2024年部门一般公共预算支出功能分类预算表", text: "5.", kind: KindOrdinal, value: "5"},
		{in: "5.2024年部门一般公共预算支出功能分类预算表", text: "2024年", kind: KindYear, value: "2024", year: 2024},
		{in: "行政运行（项）（2011308）", text: "2011308", kind: KindCode, value: "2011308"},
		{in: "5G工业互联", text: "5G", kind: KindCode, value: "5"},
		{in: "“三类500强”项目", text: "500", kind: KindLabel, value: "500"},
		{in: "“光荣在党50年”纪念章", text: "50年", kind: KindLabel, value: "50", unit: "年", base: "年"},
		{in: "汇率6.9折算", text: "6.9", kind: KindNumber, value: "6.9"},
	} {
		ms := ParseMentions(c.in)
		require.NotEmpty(t, ms, c.in)
		var m *Mention
		for i := range ms {
			if ms[i].Text == c.text {
				m = &ms[i]
			}
		}
		require.NotNil(t, m, "%s: want %q in %v", c.in, c.text, texts(ms))
		assert.Equal(t, c.text, c.in[m.Start:m.End], c.in)
		assert.Equal(t, c.kind, m.Kind, c.in)
		assert.Equal(t, c.value, m.Value.String(), c.in)
		if c.hi != "" {
			require.NotNil(t, m.Hi, c.in)
			assert.Equal(t, c.hi, m.Hi.String(), c.in)
		} else {
			assert.Nil(t, m.Hi, c.in)
		}
		assert.Equal(t, c.unit, m.Unit, c.in)
		assert.Equal(t, c.base, m.BaseUnit, c.in)
		assert.Equal(t, c.scale, m.Scale, c.in)
		bound := c.bound
		if bound == "" {
			bound = BoundExact
		}
		assert.Equal(t, bound, m.Bound, c.in)
		assert.Equal(t, c.qual, m.Qualifier, c.in)
		if c.year != 0 || c.month != 0 {
			require.NotNil(t, m.Date, c.in)
			assert.Equal(t, Date{c.year, c.month, c.day}, *m.Date, c.in)
		}
	}
}

func texts(ms []Mention) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Text)
	}
	return out
}

// Precision is what was printed: 0.20 has two decimals, 5.35万元 in 元 is
// 53500 printed to the hundred.
func TestMentionPrecisionAndScale(t *testing.T) {
	ms := ParseMentions("结余0.20万元，共计53250元，金额5.35万元")
	require.Len(t, ms, 3)
	assert.Equal(t, int32(2), ms[0].Value.Decimals)
	assert.Equal(t, "0.20", ms[0].Value.String())
	assert.Equal(t, "5.3250", ms[1].In(4).String(), "53250元 in 万元")
	in := ms[2].In(0)
	assert.Equal(t, "53500", in.D.String())
	assert.Equal(t, int32(-2), in.Decimals)
	iv := ms[2].Interval(0)
	assert.Equal(t, "53450", iv.Lo.String())
	assert.Equal(t, "53550", iv.Hi.String())
}

func TestParseMentionsDateRanges(t *testing.T) {
	ms := ParseMentions("2020年12月-2021年11月份住宿费，12月8日-11日，9月10至12日")
	require.Len(t, ms, 3)
	assert.Equal(t, Date{2020, 12, 0}, *ms[0].Date)
	assert.Equal(t, Date{2021, 11, 0}, *ms[0].DateEnd)
	assert.Equal(t, Date{0, 12, 8}, *ms[1].Date)
	assert.Equal(t, Date{0, 0, 11}, *ms[1].DateEnd)
	assert.Equal(t, Date{0, 9, 10}, *ms[2].Date)
	assert.Equal(t, Date{0, 0, 12}, *ms[2].DateEnd)
}

func TestParseMentionsOffsetsCoverInput(t *testing.T) {
	s := "截至2021年12月31日，共有车辆8辆，其中，主要机要通信用车2辆、应急保障用车1辆、其他用车5辆"
	prev := 0
	for _, m := range ParseMentions(s) {
		assert.GreaterOrEqual(t, m.Start, prev)
		assert.Equal(t, m.Text, s[m.Start:m.End])
		prev = m.End
	}
	assert.Equal(t, []string{"2021年12月31日", "8辆", "2辆", "1辆", "5辆"}, texts(ParseMentions(s)))
}
