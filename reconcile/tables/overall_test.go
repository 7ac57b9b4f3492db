package tables

import (
	"strings"
	"testing"

	"github.com/gouji/gouji/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A final account's department sheet (xian-wjw-2022-final p30, two tasks)
// and a budget's target sheet (xian-kjj-2022-budget p75), which has no
// 全年执行数 and is not read.
const overallSheets = `测试委员会部门整体支出绩效自评表

部门(单位)名称	测试委员会											
年度主要任务完成情况	任务名称	主要内容	完成情况	全年预算数(万元)			全年执行数(万元)			分值	执行率	得分
				总额	财政拨款	其他资金	总额	财政拨款	其他资金			
	公立医院	提供基本医疗服务	部分任务完成	1700895.6	122020.6	1578875	1295897.69	122020.6	1173877.09	0.58	76.19%	0.58
	住房保障支出	缴纳住房公积金	部分任务完成	12819.68	8630.85	4188.83	11435.91	8630.85	2805.06	0.58	89.21%	0.58
	金额合计			1713715.28	130651.45	1583063.83	1307333.60	130651.45	1176682.15	10	76.29%	10

2022年部门整体支出绩效目标表

部门(单位)名称	测试局			
年度主要任务	任务名称	主要内容	预算金额(万元)		
			总额	财政拨款	其他资金
	专项业务费	专项业务经费	1535	1535	
	金额合计		6248.79	6248.79	
`

func TestOverallSheets(t *testing.T) {
	doc, err := extract.ReadText("t.txt", strings.NewReader(overallSheets))
	require.NoError(t, err)
	sheets := OverallSheets(doc)
	require.Len(t, sheets, 1)
	s := sheets[0]
	assert.Equal(t, "测试委员会部门整体支出绩效自评表", s.Title)
	assert.Equal(t, "万元", s.Money)
	var tasks []string
	for _, c := range s.Tasks {
		tasks = append(tasks, c.Label+" "+c.Text)
	}
	assert.Equal(t, []string{"公立医院 122020.6", "住房保障支出 8630.85"}, tasks)
	assert.Equal(t, "金额合计 130651.45", s.Total.Label+" "+s.Total.Text)
	var rates []string
	for _, r := range s.Rates {
		rates = append(rates, r.Rate.Label+" "+r.Actual.Text+"/"+r.Budget.Text+" "+r.Rate.Text)
	}
	assert.Equal(t, []string{
		"公立医院 1295897.69/1700895.6 76.19%",
		"住房保障支出 11435.91/12819.68 89.21%",
		"金额合计 1307333.60/1713715.28 76.29%",
	}, rates)
}
