package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/gouji/gouji/num"
)

// MentionKind says what a printed number is.
type MentionKind string

// Kinds of mention. Money, Percent, Points, Count and Quantity are the
// narrative figures claims are made of (Claimable); the others are numbers
// that are not amounts but are kept so that dates can be checked and gaps
// counted honestly.
const (
	KindMoney     MentionKind = "money"      // 5662.95万元, 27031元, 18.66亿美元
	KindPercent   MentionKind = "percent"    // 41.7%
	KindPoints    MentionKind = "points"     // 1.9个百分点
	KindCount     MentionKind = "count"      // 8辆, 127个, 1678人次
	KindQuantity  MentionKind = "quantity"   // 800吨, 289平方米, 99.43分, 5年
	KindYear      MentionKind = "year"       // 2021年, 2021年度, 2017-2022年
	KindDate      MentionKind = "date"       // 2021年12月31日, 3月, 1-12月
	KindOrdinal   MentionKind = "ordinal"    // 1、 (3) 第21届 第2位
	KindCode      MentionKind = "code"       // 2011308, W3, 5G
	KindDocNumber MentionKind = "doc-number" // 〔2017〕20号
	KindLabel     MentionKind = "label"      // part of a name: “三类500强”, 20号文件
	KindNumber    MentionKind = "number"     // a bare number of unknown meaning
)

// Claimable reports whether numbers of this kind are narrative figures
// (amounts, percentages, counts, quantities) rather than years, dates,
// ordinals or codes.
func (k MentionKind) Claimable() bool {
	switch k {
	case KindMoney, KindPercent, KindPoints, KindCount, KindQuantity:
		return true
	}
	return false
}

// Bound says how a printed figure relates to the true value.
type Bound string

// Bounds. A range has Lo in Value and Hi in Hi.
const (
	BoundExact   Bound = "exact"
	BoundAbout   Bound = "about"    // 约, 近, 左右
	BoundAtLeast Bound = "at-least" // 余, 多, 超过, 逾, 以上
	BoundAtMost  Bound = "at-most"  // 不足, 以内, 以下
	BoundRange   Bound = "range"    // 5-10亿元
)

// Date is a calendar date as printed; a part that was not printed is 0.
type Date struct {
	Year  int `json:"year,omitempty"`
	Month int `json:"month,omitempty"`
	Day   int `json:"day,omitempty"`
}

// Mention is one printed number with its unit and qualifiers.
type Mention struct {
	// Text is the mention as printed: prefix qualifier, number, unit,
	// suffix qualifier ("近5万人次", "50亿元以上").
	Text string `json:"text"`
	// Start and End are byte offsets of Text (see the package comment for
	// what they are relative to).
	Start int `json:"start"`
	End   int `json:"end"`
	// Kind classifies the number.
	Kind MentionKind `json:"kind"`
	// Value is the number as printed, in Unit; for a range, its low end.
	Value num.Value `json:"value"`
	// Hi is the high end of a range.
	Hi *num.Value `json:"hi,omitempty"`
	// Unit is the canonical unit including its magnitude: "万元", "元",
	// "亿美元", "%", "个百分点", "人次", "万人次", "吨", "m²".
	Unit string `json:"unit,omitempty"`
	// BaseUnit is Unit without the magnitude: "元", "美元", "人次", "吨".
	BaseUnit string `json:"base_unit,omitempty"`
	// Scale is the power of ten of the magnitude: 万元 is 4, 亿元 8, 元 0.
	// Two figures with the same BaseUnit compare after shifting by the
	// difference of their scales (see In).
	Scale int32 `json:"scale,omitempty"`
	// Currency is "CNY" or "USD" for money.
	Currency string `json:"currency,omitempty"`
	// Bound and Qualifier: how the figure bounds the true value and the
	// words that said so ("近", "余", "以上").
	Bound     Bound  `json:"bound"`
	Qualifier string `json:"qualifier,omitempty"`
	// Date is set for years and dates; DateEnd for ranges of them.
	Date    *Date `json:"date,omitempty"`
	DateEnd *Date `json:"date_end,omitempty"`
}

// In returns the value expressed at another scale of the same base unit:
// m.In(0) of 5.35万元 is 53500 (printed to the hundred 元), m.In(4) of
// 53250元 is 5.3250.
func (m Mention) In(scale int32) num.Value { return m.Value.Scale(m.Scale - scale) }

// HiIn is In for the high end of a range (the value itself otherwise).
func (m Mention) HiIn(scale int32) num.Value {
	if m.Hi != nil {
		return m.Hi.Scale(m.Scale - scale)
	}
	return m.In(scale)
}

// Interval is the range of true values the printed figure stands for, at
// the given scale: the rounding interval of the printed value, widened to
// the high end for a range. Approximate and one-sided bounds are not
// widened: callers look at Bound.
func (m Mention) Interval(scale int32) num.Interval {
	iv := m.In(scale).Interval()
	if m.Hi != nil {
		iv.Hi = m.HiIn(scale).Interval().Hi
	}
	return iv
}

// Exact reports whether the figure claims an exact value.
func (m Mention) Exact() bool { return m.Bound == BoundExact }

// ParseMentions finds every number in s, in order, with offsets in s. It
// never fails: a number it cannot place is a KindNumber mention.
func ParseMentions(s string) []Mention {
	var out []Mention
	p := mentionParser{s: s}
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			_, w := utf8.DecodeRuneInString(s[i:])
			i += w
			continue
		}
		m, end := p.parse(i)
		if end <= i {
			end = i + 1
		}
		out = append(out, m)
		i = end
	}
	return out
}

type mentionParser struct {
	s string
	// Quote depth scanned so far: mentions come in order, so the depth at
	// each is found by scanning on from the last.
	qpos, qdepth int
}

// inQuotes reports whether offset i is inside “…” or 《…》.
func (p *mentionParser) inQuotes(i int) bool {
	if i < p.qpos {
		p.qpos, p.qdepth = 0, 0
	}
	for _, r := range p.s[p.qpos:i] {
		switch {
		case strings.ContainsRune(openQuotes, r):
			p.qdepth++
		case strings.ContainsRune(closeQuotes, r):
			if p.qdepth > 0 {
				p.qdepth--
			}
		}
	}
	p.qpos = i
	return p.qdepth > 0
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isASCIILetter(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }

// scanNumber reads digits with thousands separators and a fraction from i.
// Single spaces after a separator are allowed the way the normaliser
// allows them ("5, 662. 95").
func scanNumber(s string, i int) int {
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j-i <= 3 {
		for {
			k := j
			if k < len(s) && s[k] == ',' {
				k++
				if k < len(s) && s[k] == ' ' {
					k++
				}
				n := digitsAt(s, k)
				if n == 3 && (k+3 >= len(s) || !isDigit(s[k+3])) {
					j = k + 3
					continue
				}
			}
			break
		}
	}
	if j < len(s) && s[j] == '.' {
		k := j + 1
		space := false
		if k < len(s) && s[k] == ' ' {
			k++
			space = true
		}
		n := digitsAt(s, k)
		if n >= 1 && (!space || n <= 3) {
			j = k + n
		}
	}
	return j
}

func digitsAt(s string, k int) int {
	n := 0
	for k+n < len(s) && isDigit(s[k+n]) {
		n++
	}
	return n
}

func runeAt(s string, i int) (rune, int) {
	if i < 0 || i >= len(s) {
		return 0, 0
	}
	return utf8.DecodeRuneInString(s[i:])
}

func runeBefore(s string, i int) (rune, int) {
	if i <= 0 || i > len(s) {
		return 0, 0
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// prefixAt returns the longest of list that s has at i ("" if none).
// Lists are kept longest first.
func prefixAt(s string, i int, list []string) string {
	if i < 0 || i > len(s) {
		return ""
	}
	for _, p := range list {
		if strings.HasPrefix(s[i:], p) {
			return p
		}
	}
	return ""
}

// suffixBefore returns the longest of list that s has just before i.
func suffixBefore(s string, i int, list []string) string {
	if i < 0 || i > len(s) {
		return ""
	}
	for _, p := range list {
		if strings.HasSuffix(s[:i], p) {
			return p
		}
	}
	return ""
}

// skipWord returns the offset after w when s has it at i, else i.
func skipWord(s string, i int, w string) int {
	if strings.HasPrefix(s[i:], w) {
		return i + len(w)
	}
	return i
}

func skipSpace(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// Unit vocabulary, longest first within each list.
var (
	magnitudes = []string{"万亿", "千万", "百万", "万", "亿", "千", "百"}
	magScale   = map[string]int32{"万亿": 12, "千万": 7, "百万": 6, "万": 4, "亿": 8, "千": 3, "百": 2}
	moneyUnits = []string{"美元", "港元", "欧元", "元"}
	currencyOf = map[string]string{"元": "CNY", "美元": "USD", "港元": "HKD", "欧元": "EUR"}
	// pointUnits are percentage points.
	pointUnits = []string{"个百分点", "百分点"}
	countUnits = []string{
		"台（套）", "台(套)", "人次", "批次", "场次", "架次", "户次", "车次", "余人",
		"个", "家", "人", "名", "位", "次", "场", "批", "辆", "列", "台", "套", "项", "份", "件",
		"条", "户", "所", "处", "篇", "枚", "册", "种", "只", "座", "支", "本", "张", "块", "间",
		"栋", "幢", "笔", "宗", "期", "班", "组", "团", "轮", "盏", "棵", "单", "例", "门", "届",
		"趟", "艘", "架", "颗", "床", "部", "起", "所",
	}
	quantityUnits = []string{
		"平方公里", "平方米", "立方米", "千瓦时", "公里", "千米", "公斤", "千克", "公顷", "周年",
		"周岁", "分钟", "小时", "个月", "m²", "m³", "㎡", "㎥", "km", "kg",
		"吨", "斤", "克", "米", "亩", "升", "度", "天", "岁", "周", "倍", "分", "秒", "年",
	}
	// unitStops are words that begin with a one-character unit but are
	// not one: "5支出" is not five 支.
	unitStops = []string{
		"支出", "支付", "支持", "项目", "单位", "部门", "期间", "名称", "名单", "份额", "处理",
		"处置", "条件", "条例", "本级", "本年", "次年", "次日", "起步", "例如", "所属", "所有",
		"门户", "种类", "组织", "团体", "班子", "批准", "批复", "场所", "场地", "台账", "套餐",
		"列入", "列支", "列为", "户籍", "人民", "年度", "年初", "年末", "年底", "年中", "分别",
		"分配", "度过", "米业", "天元", "周边", "家庭", "度假",
	}
	ordinalUnits = []string{"部分", "季度", "届", "位", "名", "条", "款", "项", "批", "次", "期", "章", "节", "个", "轮", "号", "类", "级", "年", "天", "周", "站", "场"}
	// Prefix qualifiers, read backwards from the number.
	prefixQualifiers = []string{"超过", "大约", "将近", "接近", "不足", "不到", "逾", "近", "约", "超"}
	// Suffix qualifiers after the unit.
	suffixQualifiers = []string{"（含）以上", "(含)以上", "（含）以下", "(含)以下", "以上", "以下", "以内", "之内", "左右", "上下", "之多"}
	rangeConnectors  = []string{"—", "–", "－", "-", "~", "～", "至", "到"}
	openQuotes       = "“‘《「『〈"
	closeQuotes      = "”’》」』〉"
)

func boundOf(q string) Bound {
	switch strings.TrimPrefix(strings.TrimPrefix(q, "（含）"), "(含)") {
	case "近", "将近", "接近", "约", "大约", "左右", "上下":
		return BoundAbout
	case "超过", "超", "逾", "余", "多", "以上", "之多":
		return BoundAtLeast
	case "不足", "不到", "以下", "以内", "之内":
		return BoundAtMost
	}
	return BoundExact
}

// parse reads the mention whose number starts at i and returns it with the
// offset where scanning continues.
func (p *mentionParser) parse(i int) (Mention, int) {
	r := p.start(i)
	for _, recognise := range digitRecognisers {
		if e, ok := recognise(r); ok {
			return r.finish(e)
		}
	}
	r.readValue()
	for _, recognise := range mentionRecognisers {
		if e, ok := recognise(r); ok {
			return r.finish(e)
		}
	}
	return r.finish(r.measure())
}

// reading is one mention being read: the number's digits at [i, b) and
// what is printed around them.
type reading struct {
	p    *mentionParser
	s    string
	m    Mention
	i, b int
	// end is where the number ends: b, or the end of a range's high end.
	end int
	// plainInt: the digits have no separator or fraction; intLen their
	// length.
	plainInt bool
	intLen   int
	// prev and next are the runes just before the mention and after b.
	prev, next rune
}

// start reads the digits at i and a sign directly before them, when it is
// not a range dash.
func (p *mentionParser) start(i int) *reading {
	s := p.s
	r := &reading{p: p, s: s, i: i, m: Mention{Start: i, Bound: BoundExact, Kind: KindNumber}}
	if i > 0 && (s[i-1] == '-' || s[i-1] == '+') {
		c, _ := runeBefore(s, i-1)
		if i-1 == 0 || c == ' ' || strings.ContainsRune("（(，,：:、；;", c) {
			r.m.Start = i - 1
		}
	}
	r.b = scanNumber(s, i)
	return r
}

// finish ends the mention at e, with the qualifier printed before it.
func (r *reading) finish(e int) (Mention, int) {
	r.m.End = e
	r.p.prefixQualifier(&r.m)
	r.m.Text = r.s[r.m.Start:r.m.End]
	return r.m, e
}

// digitRecognisers look at the digits alone, before they are read as a
// value.
var digitRecognisers = []func(*reading) (int, bool){
	(*reading).longDigits,
	(*reading).listNumberBeforeYear,
}

// mentionRecognisers are tried in order on a number read as a value: the
// first that knows it ends it; a number none knows is measured by its
// unit (measure).
var mentionRecognisers = []func(*reading) (int, bool){
	(*reading).code,
	(*reading).docNumber,
	(*reading).ordinal,
	(*reading).listMarker,
	(*reading).date,
}

// longDigits: no figure is printed with forty digits: a code or garbage.
// (Parsing it as a decimal would cost time quadratic in its length.)
func (r *reading) longDigits() (int, bool) {
	if r.b-r.i <= 40 {
		return 0, false
	}
	r.m.Kind = KindCode
	return r.b, true
}

// listNumberBeforeYear: "5.2024年部门…表", a list number run into a year by
// a lost space.
func (r *reading) listNumberBeforeYear() (int, bool) {
	s, i, b := r.s, r.i, r.b
	dot := strings.IndexByte(s[i:b], '.')
	if dot > 0 && dot <= 3 && b-(i+dot+1) == 4 && yearish(s, i+dot+1, b) && strings.HasPrefix(s[b:], "年") && r.m.Start == i {
		r.m.Kind = KindOrdinal
		r.m.Value, _ = num.Parse(s[i : i+dot])
		return i + dot + 1, true
	}
	return 0, false
}

// readValue reads the number's value and what surrounds it.
func (r *reading) readValue() {
	s, i, b := r.s, r.i, r.b
	v, ok := num.Parse(s[r.m.Start:b])
	if !ok {
		// Cannot happen for what scanNumber accepts; stay safe.
		v, _ = num.Parse(s[i:b])
	}
	r.m.Value = v
	r.end = b
	r.plainInt = b-i == digitsAt(s, i)
	r.intLen = b - i
	r.prev, _ = runeBefore(s, r.m.Start)
	r.next, _ = runeAt(s, b)
}

// code: letters glued to the number (W3, A04, 5G, 360SEO).
func (r *reading) code() (int, bool) {
	s := r.s
	if !isASCIILetter(r.prev) && !(isASCIILetter(r.next) && !isUnitLetter(s, r.b)) {
		return 0, false
	}
	r.m.Kind = KindCode
	e := r.b
	for e < len(s) {
		c, w := runeAt(s, e)
		if !(isASCIILetter(c) || c < 0x80 && unicode.IsDigit(c)) {
			break
		}
		e += w
	}
	return e, true
}

// docNumber: a document number 〔2017〕20号, [2020]38号, or the year in
// such brackets 【2019】.
func (r *reading) docNumber() (int, bool) {
	s, i, b, m := r.s, r.i, r.b, &r.m
	if !r.plainInt || r.intLen != 4 || !strings.ContainsRune("〔[【", r.prev) {
		return 0, false
	}
	c := prefixAt(s, b, []string{"〕", "]", "】"})
	if c == "" {
		return 0, false
	}
	y := atoi(s[i:b])
	k := b + len(c)
	m.Start = i - len(string(r.prev))
	m.Date = &Date{Year: y}
	n := digitsAt(s, k)
	if n > 0 && strings.HasPrefix(s[k+n:], "号") {
		m.Kind = KindDocNumber
		m.Value, _ = num.Parse(s[k : k+n])
		return k + n + len("号"), true
	}
	m.Kind = KindYear
	return k, true
}

// ordinal: 第21届, 第2位.
func (r *reading) ordinal() (int, bool) {
	if r.prev != '第' {
		return 0, false
	}
	r.m.Kind = KindOrdinal
	r.m.Start -= len("第")
	e := r.b
	if u := prefixAt(r.s, e, ordinalUnits); u != "" {
		e += len(u)
	}
	return e, true
}

// listMarker: "1、" "30. " at the start, "(1)" "（3）" anywhere.
func (r *reading) listMarker() (int, bool) {
	s, b, m, prev, next := r.s, r.b, &r.m, r.prev, r.next
	if !r.plainInt || r.intLen > 3 {
		return 0, false
	}
	if strings.ContainsRune("（(", prev) && strings.ContainsRune("）)", next) {
		m.Kind = KindOrdinal
		m.Start -= len(string(prev))
		return b + len(string(next)), true
	}
	if strings.TrimSpace(s[:m.Start]) == "" && (next == '、' || next == '．' || next == '）' || next == ')' ||
		next == '.' && !isDigit(byteAt(s, b+1))) {
		m.Kind = KindOrdinal
		return b + len(string(next)), true
	}
	return 0, false
}

// date: years and dates (see mentionParser.date).
func (r *reading) date() (int, bool) { return r.p.date(&r.m, r.i, r.b) }

// measure reads a figure by what follows it: a range, 余 or 多, a
// magnitude, the unit and a qualifier after it; a number without a unit
// is classified by unitless.
func (r *reading) measure() int {
	if e, ok := r.numberRange(); ok {
		return e
	}
	s, m := r.s, &r.m
	e := skipSpace(s, r.end)
	qual := ""
	if q := prefixAt(s, e, []string{"余", "多"}); q != "" && r.p.unitFollows(e+len(q)) {
		qual = q
		e += len(q)
	}
	mag := prefixAt(s, e, magnitudes)
	if e2, ok := r.tenThousandsAndThousands(e, mag); ok {
		return e2
	}
	if mag != "" {
		e2 := e + len(mag)
		if q := prefixAt(s, e2, []string{"余", "多"}); q != "" && qual == "" {
			qual = q
			e2 += len(q)
		}
		// 千 and 百 are magnitudes only before a unit.
		if (mag == "千" || mag == "百") && prefixAt(s, e2, moneyUnits) == "" && prefixAt(s, e2, countUnits) == "" && prefixAt(s, e2, quantityUnits) == "" {
			mag = ""
		} else {
			e = e2
		}
	}
	e, found := r.unit(e, mag, &qual)
	if qual != "" {
		m.Qualifier = qual
		if m.Bound == BoundExact {
			m.Bound = BoundAtLeast
		}
	}
	if (m.Kind == KindCount || m.Kind == KindQuantity) && r.p.inQuotes(m.Start) {
		// “光荣在党50年”, “三类500强”: part of a name.
		m.Kind = KindLabel
	}
	if found {
		return r.suffixQualifier(e)
	}
	// No unit. Codes, labels, bare years.
	m.Kind = r.p.unitless(m, r.i, r.b, r.end)
	if m.Kind == KindNumber {
		return r.suffixQualifier(r.end)
	}
	return r.end
}

// numberRange reads a range: 5-10亿元, 20至30度, 10-100万美元. A range of
// years or months (2017-2022年, 1-12月) is a date: ok and its end.
func (r *reading) numberRange() (int, bool) {
	s, end := r.s, r.end
	c := prefixAt(s, end, rangeConnectors)
	if c == "" || !isDigit(byteAt(s, end+len(c))) {
		return 0, false
	}
	k := end + len(c)
	e2 := scanNumber(s, k)
	hi, ok := num.Parse(s[k:e2])
	if !ok || c == "到" && end != r.b {
		return 0, false
	}
	r.m.Hi = &hi
	r.m.Bound = BoundRange
	r.end = e2
	return r.p.dateRange(&r.m, r.i, r.b, k, e2)
}

// tenThousandsAndThousands reads "3万5千人次" (3.5万) with the magnitude
// mag at e.
func (r *reading) tenThousandsAndThousands(e int, mag string) (int, bool) {
	s, m := r.s, &r.m
	if mag != "万" || digitsAt(s, e+len(mag)) != 1 || !strings.HasPrefix(s[e+len(mag)+1:], "千") || !r.plainInt {
		return 0, false
	}
	v2, ok := num.Parse(s[r.i:r.b] + "." + s[e+len(mag):e+len(mag)+1])
	if !ok {
		return 0, false
	}
	m.Value = v2
	e += len(mag) + 1 + len("千")
	r.end = e
	if u := prefixAt(s, e, countUnits); u != "" {
		m.Kind, m.BaseUnit, m.Unit, m.Scale = KindCount, canonicalUnit(u), "万"+canonicalUnit(u), 4
		return e + len(u), true
	}
	m.Kind, m.BaseUnit, m.Unit, m.Scale, m.Currency = KindMoney, "元", "万元", 4, "CNY"
	return e, true
}

// unit reads the unit at e after magnitude mag and sets the kind. found
// is false when no unit is printed (e is then the number's end); a bare 万
// or 亿 is money. A 余 in 余人 goes to qual.
func (r *reading) unit(e int, mag string, qual *string) (int, bool) {
	s, m := r.s, &r.m
	switch {
	case prefixAt(s, e, []string{"%", "％", "‰"}) != "" && mag == "":
		u := prefixAt(s, e, []string{"%", "％", "‰"})
		m.Kind = KindPercent
		m.Unit, m.BaseUnit = "%", "%"
		if u == "‰" {
			m.Unit, m.BaseUnit = "‰", "‰"
		}
		e += len(u)
	case prefixAt(s, e, moneyUnits) != "":
		u := prefixAt(s, e, moneyUnits)
		m.Kind = KindMoney
		m.BaseUnit = u
		m.Unit = mag + u
		m.Scale = magScale[mag]
		m.Currency = currencyOf[u]
		e += len(u)
		if strings.HasPrefix(s[e:], "人民币") {
			e += len("人民币")
		}
	case prefixAt(s, e, pointUnits) != "" && mag == "":
		m.Kind = KindPoints
		m.Unit, m.BaseUnit = "个百分点", "个百分点"
		e += len(prefixAt(s, e, pointUnits))
	case strings.HasPrefix(s[e:], "个点") && mag == "" && !isHanAt(s, e+len("个点")):
		m.Kind = KindPoints
		m.Unit, m.BaseUnit = "个百分点", "个百分点"
		e += len("个点")
	case prefixAt(s, e, unitStops) != "":
		// Not a unit: a bare 万 or 亿 before it is still money.
		if mag != "万" && mag != "亿" {
			return r.end, false
		}
		r.bareMagnitude(mag)
	case prefixAt(s, e, quantityUnits) != "" && !(prefixAt(s, e, countUnits) != "" && len(prefixAt(s, e, countUnits)) > len(prefixAt(s, e, quantityUnits))):
		u := prefixAt(s, e, quantityUnits)
		m.Kind = KindQuantity
		m.BaseUnit = canonicalUnit(u)
		m.Unit = mag + m.BaseUnit
		m.Scale = magScale[mag]
		e += len(u)
	case prefixAt(s, e, countUnits) != "":
		u := prefixAt(s, e, countUnits)
		if u == "余人" {
			*qual, u = "余", "人"
			e += len("余")
		}
		m.Kind = KindCount
		m.BaseUnit = canonicalUnit(u)
		m.Unit = mag + m.BaseUnit
		m.Scale = magScale[mag]
		e += len(u)
	case mag == "万" || mag == "亿" || mag == "万亿":
		// A bare 万 or 亿 is money: "注册资金300万".
		r.bareMagnitude(mag)
	default:
		return r.end, false
	}
	return e, true
}

// bareMagnitude makes the mention money in 元 at magnitude mag.
func (r *reading) bareMagnitude(mag string) {
	m := &r.m
	m.Kind = KindMoney
	m.BaseUnit, m.Unit, m.Scale, m.Currency = "元", mag+"元", magScale[mag], "CNY"
}

// suffixQualifier reads a qualifier after the figure at e (以上, 左右 …)
// and returns where the mention ends.
func (r *reading) suffixQualifier(e int) int {
	m := &r.m
	if q := prefixAt(r.s, e, suffixQualifiers); q != "" {
		m.Qualifier = joinQual(m.Qualifier, q)
		if m.Bound == BoundExact {
			m.Bound = boundOf(q)
		}
		e += len(q)
	}
	return e
}

func joinQual(a, b string) string {
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	return a + "," + b
}

func canonicalUnit(u string) string {
	switch u {
	case "台(套)", "台（套）":
		return "台（套）"
	case "㎡":
		return "m²"
	case "㎥":
		return "m³"
	}
	return u
}

func byteAt(s string, i int) byte {
	if i < 0 || i >= len(s) {
		return 0
	}
	return s[i]
}

func isHanAt(s string, i int) bool {
	r, _ := runeAt(s, i)
	return unicode.Is(unicode.Han, r)
}

// isUnitLetter reports whether the letters at i are a unit (m², km, kg).
func isUnitLetter(s string, i int) bool {
	return prefixAt(s, i, []string{"m²", "m³", "km", "kg"}) != ""
}

// unitFollows reports whether a magnitude or unit starts at i, so that a
// 余 or 多 there qualifies the number ("20余批次", "80余万元").
func (p *mentionParser) unitFollows(i int) bool {
	s := p.s
	return prefixAt(s, i, magnitudes) != "" || prefixAt(s, i, moneyUnits) != "" ||
		prefixAt(s, i, countUnits) != "" || prefixAt(s, i, quantityUnits) != "" ||
		prefixAt(s, i, []string{"%"}) != "" || i >= len(s) || !isHanAt(s, i) && !isDigit(byteAt(s, i))
}

// prefixQualifier extends m backwards over 近, 约, 超过 … and records the
// bound.
func (p *mentionParser) prefixQualifier(m *Mention) {
	if !m.Kind.Claimable() && m.Kind != KindNumber {
		return
	}
	q := suffixBefore(p.s, m.Start, prefixQualifiers)
	if q == "" {
		return
	}
	// 近 and 约 end words too: 最近, 履约, 签约, 节约 …
	if r, _ := runeBefore(p.s, m.Start-len(q)); q == "近" && strings.ContainsRune("最接附临将邻亲", r) ||
		q == "约" && strings.ContainsRune("履签节预合集制公条特如缔违毁守践邀租和婚纳俭", r) ||
		q == "超" && strings.ContainsRune("赶高", r) {
		return
	}
	m.Start -= len(q)
	m.Qualifier = joinQual(q, m.Qualifier)
	if b := boundOf(q); b != BoundExact && (m.Bound == BoundExact || m.Bound == BoundAtLeast && b == BoundAbout) {
		m.Bound = b
	}
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 9; i++ {
		if !isDigit(s[i]) {
			return n
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func yearish(s string, i, b int) bool {
	if b-i != 4 || digitsAt(s, i) != 4 {
		return false
	}
	y := atoi(s[i:b])
	return y >= 1900 && y <= 2100
}

// date reads "2021年", "2021年度", "2021年12月31日", "12月8日-11日",
// "3月", "9月10至12日" starting with the number at [i,b).
func (p *mentionParser) date(m *Mention, i, b int) (int, bool) {
	s := p.s
	plain := digitsAt(s, i) == b-i
	if !plain {
		return 0, false
	}
	n := atoi(s[i:b])
	switch {
	case yearish(s, i, b) && strings.HasPrefix(s[b:], "年"):
		d := &Date{Year: n}
		e := b + len("年")
		if strings.HasPrefix(s[e:], "度") {
			e += len("度")
		} else {
			e = p.monthDay(d, e)
		}
		m.Date = d
		m.Kind = KindYear
		if d.Month > 0 {
			m.Kind = KindDate
		}
		return p.dateEnd(m, e), true
	case n >= 1 && n <= 12 && strings.HasPrefix(s[b:], "月") && !strings.HasSuffix(s[:i], "个"):
		d := &Date{}
		e := p.monthDay(d, i)
		if d.Month == 0 {
			return 0, false
		}
		m.Date = d
		m.Kind = KindDate
		return p.dateEnd(m, e), true
	case n >= 1 && n <= 31 && (strings.HasPrefix(s[b:], "日") || strings.HasPrefix(s[b:], "号")) && strings.HasSuffix(s[:i], "月"):
		m.Date = &Date{Day: n}
		m.Kind = KindDate
		return b + len("日"), true
	}
	return 0, false
}

// monthDay reads "12月31日" (or "12月", "9月10至12日") at e into d.
func (p *mentionParser) monthDay(d *Date, e int) int {
	s := p.s
	k := digitsAt(s, e)
	if k == 0 || k > 2 || !strings.HasPrefix(s[e+k:], "月") {
		return e
	}
	mo := atoi(s[e : e+k])
	if mo < 1 || mo > 12 {
		return e
	}
	d.Month = mo
	e = skipWord(s, e+k+len("月"), "份")
	k = digitsAt(s, e)
	if k == 0 || k > 2 {
		return e
	}
	day := atoi(s[e : e+k])
	after := e + k
	if day < 1 || day > 31 {
		return e
	}
	if u := prefixAt(s, after, []string{"日", "号"}); u != "" {
		d.Day = day
		return after + len(u)
	}
	// 9月10至12日: the day range is kept on the mention by dateEnd.
	if c := prefixAt(s, after, rangeConnectors); c != "" {
		k2 := digitsAt(s, after+len(c))
		if k2 > 0 && k2 <= 2 && prefixAt(s, after+len(c)+k2, []string{"日", "号"}) != "" {
			d.Day = day
			return after
		}
	}
	return e
}

// dateEnd reads the end of a date range ("-11日", "—13日", "-2021年11月份",
// "至11日") after a date ending at e.
func (p *mentionParser) dateEnd(m *Mention, e int) int {
	s := p.s
	c := prefixAt(s, e, rangeConnectors)
	if c == "" {
		return e
	}
	k := e + len(c)
	n := digitsAt(s, k)
	if n == 0 {
		return e
	}
	d := m.Date
	end := &Date{}
	switch {
	case n == 4 && yearish(s, k, k+n) && strings.HasPrefix(s[k+n:], "年"):
		end.Year = atoi(s[k : k+n])
		e2 := k + n + len("年")
		if strings.HasPrefix(s[e2:], "度") {
			e2 += len("度")
		} else {
			e2 = p.monthDay(end, e2)
		}
		m.DateEnd = end
		return e2
	case n <= 2 && d.Day > 0 && prefixAt(s, k+n, []string{"日", "号"}) != "":
		end.Day = atoi(s[k : k+n])
		m.DateEnd = end
		return k + n + len("日")
	case n <= 2 && d.Month > 0 && strings.HasPrefix(s[k+n:], "月"):
		e2 := p.monthDay(end, k)
		if end.Month > 0 {
			m.DateEnd = end
			return e2
		}
	}
	return e
}

// dateRange turns a numeric range followed by 年 or 月 into a year or month
// range: "2017-2022年", "1-12月", "9-10月份".
func (p *mentionParser) dateRange(m *Mention, i, b, k, e2 int) (int, bool) {
	s := p.s
	if digitsAt(s, i) != b-i || digitsAt(s, k) != e2-k {
		return 0, false
	}
	lo, hi := atoi(s[i:b]), atoi(s[k:e2])
	switch {
	case yearish(s, i, b) && yearish(s, k, e2) && strings.HasPrefix(s[e2:], "年"):
		m.Kind = KindYear
		m.Date, m.DateEnd = &Date{Year: lo}, &Date{Year: hi}
		return skipWord(s, e2+len("年"), "度"), true
	case yearish(s, i, b) && yearish(s, k, e2) && !isHanAt(s, e2):
		m.Kind = KindYear
		m.Date, m.DateEnd = &Date{Year: lo}, &Date{Year: hi}
		return e2, true
	case lo >= 1 && lo <= 12 && hi >= 1 && hi <= 12 && strings.HasPrefix(s[e2:], "月") && !strings.HasPrefix(s[e2:], "月份以"):
		m.Kind = KindDate
		m.Date, m.DateEnd = &Date{Month: lo}, &Date{Month: hi}
		return skipWord(s, e2+len("月"), "份"), true
	}
	return 0, false
}

// unitless classifies a number printed without a unit.
func (p *mentionParser) unitless(m *Mention, i, b, end int) MentionKind {
	s := p.s
	plain := digitsAt(s, i) == b-i && m.Hi == nil
	next, _ := runeAt(s, end)
	prev, _ := runeBefore(s, m.Start)
	if plain && (strings.HasPrefix(s[end:], "强") || strings.HasPrefix(s[end:], "号")) {
		return KindLabel
	}
	if plain && isCode(s[i:b]) && (unicode.Is(unicode.Han, next) || strings.ContainsRune("（(", prev) && strings.ContainsRune("）)", next)) {
		return KindCode
	}
	if plain && b-i >= 6 {
		return KindCode
	}
	if plain && yearish(s, i, b) {
		m.Date = &Date{Year: atoi(s[i:b])}
		return KindYear
	}
	if p.inQuotes(m.Start) {
		return KindLabel
	}
	return KindNumber
}

// isCode reports whether digits look like a classification code: function
// classification 201–234 (3, 5 or 7 digits), economic 301–399 (3 or 5).
func isCode(d string) bool {
	if len(d) < 3 {
		return false
	}
	head := atoi(d[:3])
	switch {
	case head >= 201 && head <= 234:
		return len(d) == 3 || len(d) == 5 || len(d) == 7
	case head >= 301 && head <= 399:
		return len(d) == 3 || len(d) == 5
	}
	return false
}
