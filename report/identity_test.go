package report

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIdentifyReal reads every real report of the corpus; the identities
// were written from each report's cover (and, for a file of tables alone,
// its table titles).
func TestIdentifyReal(t *testing.T) {
	want := map[string]Identity{
		"beijing-sfj-2026-narrative":        {DeptBudget, 2026, "北京市司法局", "司法局", "北京市"},
		"beijing-sfj-2026-tables":           {DeptBudget, 0, "", "", ""}, // 预算01表 …, no year, no name
		"central-xfj-2024-final":            {DeptFinal, 2024, "国家信访局", "国家信访局", ""},
		"changchun-xfj-2026-budget":         {DeptBudget, 2026, "长春市信访局（本级）", "信访局", "长春市"},
		"chongqing-ghzy-2026-budget":        {DeptBudget, 2026, "重庆市规划和自然资源局", "规划自然资源局", "重庆市"},
		"chongqing-swu-2023-budget":         {DeptBudget, 2023, "西南大学", "西南大学", ""},
		"chongqing-swu-2023-final":          {DeptFinal, 2023, "西南大学", "西南大学", ""},
		"fuzhou-ybj-2026-budget":            {DeptBudget, 2026, "福州市医疗保障局", "医疗保障局", "福州市"},
		"guangzhou-tjj-2026-budget":         {DeptBudget, 2026, "广州市统计局", "统计局", "广州市"},
		"hangzhou-qxj-2026-budget":          {DeptBudget, 2026, "杭州市气象局", "气象局", "杭州市"},
		"jiangsu-court-2017-budget":         {DeptBudget, 2017, "江苏省高级人民法院", "高院", "江苏省"},
		"jiangsu-court-2018-budget":         {DeptBudget, 2018, "江苏省高级人民法院", "高院", "江苏省"},
		"jiangsu-court-2019-budget":         {DeptBudget, 2019, "江苏省高级人民法院", "高院", "江苏省"},
		"jiangsu-cppcc-2017-narrative":      {DeptBudget, 2017, "江苏省政协办公厅", "政协办公厅", "江苏省"},
		"jiangsu-cppcc-2017-tables":         {DeptBudget, 2017, "江苏省政协办公厅", "政协办公厅", "江苏省"}, // 部门：江苏省政协办公厅 above 收支预算总表 …, 2017年政府采购预算表
		"jiangsu-npc-2017-budget":           {DeptBudget, 2017, "江苏省人大常委会办公厅", "人大常委会办公厅", "江苏省"},
		"jiangsu-procuratorate-2017-budget": {DeptBudget, 2017, "江苏省人民检察院", "检察院", "江苏省"},
		"jiangsu-swb-2017-narrative":        {DeptBudget, 2017, "江苏省委办公厅", "委办公厅", "江苏省"},
		"jiangsu-swb-2017-tables":           {DeptBudget, 2017, "中国共产党江苏省委员会办公厅", "委办公厅", "江苏省"}, // 部门：… above each table
		"national-template-final":           {DeptFinal, 2024, "上海市XX局", "XX局", "上海市"},
		"putuo-czj-2024-final":              {DeptFinal, 2024, "上海市普陀区财政局", "财政局", "上海市普陀区"},
		"putuo-qfb-unit-2025-budget":        {UnitBudget, 2025, "上海市普陀区人民政府办公室", "政府办公室", "上海市普陀区"},
		"putuo-sfj-unit-2026-budget":        {UnitBudget, 2026, "上海市普陀区司法局", "司法局", "上海市普陀区"},
		"putuo-shgzb-2024-final":            {DeptFinal, 2024, "中共上海市普陀区委社会工作部", "委社会工作部", "上海市普陀区"},
		"putuo-swj-unit-2025-budget":        {UnitBudget, 2025, "上海市普陀区商务委员会", "商务委", "上海市普陀区"},
		"putuo-wanli-2023-budget":           {DeptBudget, 2023, "上海市普陀区人民政府万里街道办事处", "政府万里街道办事处", "上海市普陀区"},
		"putuo-wanli-2024-budget":           {DeptBudget, 2024, "上海市普陀区人民政府万里街道办事处", "政府万里街道办事处", "上海市普陀区"},
		"putuo-wanli-2025-budget":           {DeptBudget, 2025, "上海市普陀区人民政府万里街道办事处", "政府万里街道办事处", "上海市普陀区"},
		"shanghai-czj-2025-unit-budget":     {UnitBudget, 2025, "上海市财政局", "财政局", "上海市"},
		"shenzhen-mzj-2026-budget":          {DeptBudget, 2026, "深圳市民政局（本级）", "民政局", "深圳市"},
		"suzhou-sjj-2026-budget":            {DeptBudget, 2026, "苏州市审计局", "审计局", "苏州市"},
		"xian-kjj-2022-budget":              {DeptBudget, 2022, "西安市科学技术局", "科学技术局", "西安市"},
		"xian-wjw-2022-final":               {DeptFinal, 2022, "西安市卫生健康委员会（汇总）", "卫生健康委", "西安市"},
		"yantai-tjj-2026-budget":            {DeptBudget, 2026, "烟台市统计局", "统计局", "烟台市"},
	}
	files, err := filepath.Glob("../corpus/real/*.pdf")
	require.NoError(t, err)
	require.Len(t, files, len(want), "a report of corpus/real has no expected identity here")
	for _, f := range files {
		name := filepath.Base(f)
		name = name[:len(name)-len(".pdf")]
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			doc, err := extract.Open(f, extract.Options{})
			require.NoError(t, err)
			assert.Equal(t, want[name], Identify(doc))
		})
	}
}

func TestIdentifyJoined(t *testing.T) {
	var docs []*extract.Document
	for _, f := range []string{"jiangsu-cppcc-2017-narrative", "jiangsu-cppcc-2017-tables"} {
		d, err := extract.Open("../corpus/real/"+f+".pdf", extract.Options{})
		require.NoError(t, err)
		docs = append(docs, d)
	}
	id := Identify(extract.Join(docs...))
	assert.Equal(t, Identity{DeptBudget, 2017, "江苏省政协办公厅", "政协办公厅", "江苏省"}, id)
}

func TestIdentifyText(t *testing.T) {
	cases := []struct {
		cover []string
		want  Identity
	}{
		{[]string{"株洲市商务和粮食局2021年度部门决算"}, Identity{DeptFinal, 2021, "株洲市商务和粮食局", "商务粮食局", "株洲市"}},
		{[]string{"2026年深圳市民政局（本级）部门预", "算"}, Identity{DeptBudget, 2026, "深圳市民政局（本级）", "民政局", "深圳市"}},
		{[]string{"某某大学2023年度单位决算", "目 录", "一、部门预算"}, Identity{UnitFinal, 2023, "某某大学", "某某大学", ""}},
		{[]string{"一、主要职能"}, Identity{}},
	}
	for _, c := range cases {
		doc := &extract.Document{}
		for _, p := range c.cover {
			doc.Blocks = append(doc.Blocks, extract.Block{Paragraph: &extract.Paragraph{Page: 1, Text: p}})
		}
		assert.Equal(t, c.want, Identify(doc), c.cover)
	}
	assert.Equal(t, Identity{}, Identify(nil))
}

func TestNormIssuer(t *testing.T) {
	same := [][2]string{
		{"省检察院", "江苏省人民检察院"},
		{"区政府办公室", "上海市普陀区人民政府办公室"},
		{"省高级人民法院", "江苏省高级人民法院"},
		{"市规划自然资源局", "重庆市规划和自然资源局"},
		{"区委社会工作部", "中共上海市普陀区委社会工作部"},
		{"普陀区财政局", "上海市普陀区财政局"},
		{"区商务委", "上海市普陀区商务委员会"},
		{"省人大常委会办公厅", "江苏省人民代表大会常务委员会办公厅"},
		{"深圳市民政局（本级）", "深圳市民政局"},
		{"市市场监督管理局", "杭州市市场监督管理局"},
	}
	for _, c := range same {
		assert.Equal(t, NormIssuer(c[0]), NormIssuer(c[1]), c)
		assert.True(t, SameIssuer(c[0], c[1]), c)
		assert.True(t, SameIssuer(c[1], c[0]), c)
	}
	differ := [][2]string{
		{"上海市财政局", "上海市普陀区财政局"},
		{"区财政局", "上海市财政局"},
		{"省检察院", "江苏省高级人民法院"},
		{"", ""},
	}
	for _, c := range differ {
		assert.False(t, SameIssuer(c[0], c[1]), c)
	}
	assert.Equal(t, "市场监督管理局", NormIssuer("杭州市市场监督管理局"))
}

func TestKindString(t *testing.T) {
	for k, s := range map[Kind]string{KindUnknown: "unknown", DeptBudget: "部门预算", DeptFinal: "部门决算", UnitBudget: "单位预算", UnitFinal: "单位决算", Kind(9): "unknown"} {
		assert.Equal(t, s, k.String())
	}
	assert.True(t, UnitFinal.Final())
	assert.False(t, UnitFinal.Budget())
	assert.True(t, DeptBudget.Budget())
}

func TestIdentityJSON(t *testing.T) {
	id := Identity{UnitBudget, 2025, "上海市普陀区人民政府办公室", "政府办公室", "上海市普陀区"}
	b, err := json.Marshal(id)
	require.NoError(t, err)
	assert.JSONEq(t, `{"kind":"单位预算","year":2025,"issuer":"上海市普陀区人民政府办公室","issuer_key":"政府办公室","region":"上海市普陀区"}`, string(b))
	var back Identity
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, id, back)
}

// A file of tables alone: the issuer from the 部门：… lines above its
// tables, else from the start of its titles; a title that names no one
// (一般公共预算支出表) or only a place gives none.
func TestIssuerFromTables(t *testing.T) {
	doc := func(tables ...extract.Table) *extract.Document {
		d := &extract.Document{}
		for i := range tables {
			d.Blocks = append(d.Blocks, extract.Block{Table: &tables[i]})
		}
		return d
	}
	cases := []struct {
		doc  *extract.Document
		want string
	}{
		{doc(extract.Table{Title: "收支预算总表", Dept: "江苏省政协办公厅"}, extract.Table{Title: "收入预算总表", Dept: "江苏省政协办公厅"}), "江苏省政协办公厅"},
		{doc(extract.Table{Title: "2017年江苏省政协部门收支预算总表"}), "江苏省政协"},
		{doc(extract.Table{Title: "北京市司法局2026年部门财政拨款收支总表"}), "北京市司法局"},
		{doc(extract.Table{Title: "一般公共预算支出表"}, extract.Table{Title: "2017年江苏省部门预算表"}), ""},
		{doc(extract.Table{Title: "收支总表", Dept: "某局"}, extract.Table{Title: "支出总表", Dept: "某局"}, extract.Table{Title: "收入总表", Dept: "他局"}), "某局"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, Identify(c.doc).Issuer, c.want)
	}
}
