package i18n

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// TestEveryIDInEveryLanguage fails when a message id lacks a language.
func TestEveryIDInEveryLanguage(t *testing.T) {
	for _, l := range Langs {
		for _, m := range Langs {
			for id := range catalogue(l) {
				if !Has(m, id) {
					t.Errorf("%s: %s has it, %s lacks it", id, l, m)
				}
			}
		}
	}
}

// TestArgumentsAgree fails when the languages of a message print other
// arguments or print one with another verb.
func TestArgumentsAgree(t *testing.T) {
	for id, ef := range en {
		ev, err := verbs(ef)
		if err != nil {
			t.Errorf("%s (en): %v", id, err)
			continue
		}
		for _, l := range Langs[1:] {
			f, ok := catalogue(l)[id]
			if !ok {
				continue
			}
			v, err := verbs(f)
			if err != nil {
				t.Errorf("%s (%s): %v", id, l, err)
				continue
			}
			if !sameVerbs(ev, v) {
				t.Errorf("%s: arguments differ: en %v, %s %v", id, describe(ev), l, describe(v))
			}
		}
	}
}

func sameVerbs(a, b map[int]rune) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func describe(v map[int]rune) string {
	var s []string
	for k, r := range v {
		s = append(s, string(rune('0'+k))+":%"+string(r))
	}
	sort.Strings(s)
	return strings.Join(s, " ")
}

func TestVerbs(t *testing.T) {
	for _, c := range []struct {
		format, want string
		bad          bool
	}{
		{"%s is %d%%", "1:%s 2:%d", false},
		{"%[2]s 占 %[1]s", "1:%s 2:%s", false},
		{"%[2]s %s %q", "2:%s 3:%s 4:%q", false},
		{"%5.2f", "1:%f", false},
		{"%[1]s %[1]d", "", true},
		{"50%", "", true},
		{"%[x]s", "", true},
	} {
		got, err := verbs(c.format)
		if (err != nil) != c.bad {
			t.Errorf("verbs(%q): error %v", c.format, err)
			continue
		}
		if !c.bad && describe(got) != c.want {
			t.Errorf("verbs(%q) = %s, want %s", c.format, describe(got), c.want)
		}
	}
}

// usedID matches an id passed to M in gouji's source: i18n.M("sum.total", …).
var usedID = regexp.MustCompile(`\bM\(\s*"([^"]+)"`)

// textLiteral matches a literal passed to Text: i18n.Text("本年支出合计").
var textLiteral = regexp.MustCompile(`\bText\(\s*"([^"]*)"`)

// englishWord is a word of English in a literal.
var englishWord = regexp.MustCompile(`[A-Za-z]{2,}`)

// TestUsedIDsExist fails when the source names a message id that the
// catalogues lack.
func TestUsedIDsExist(t *testing.T) {
	n := 0
	err := filepath.WalkDir("..", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (path == filepath.Join("..", "i18n") || d.Name() == "corpus" || d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".") && d.Name() != "..") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range textLiteral.FindAllStringSubmatch(string(src), -1) {
			if w := englishWord.FindString(m[1]); w != "" && !strings.HasSuffix(path, "_test.go") {
				t.Errorf("%s: Text(%q) holds %q: words for people belong in the catalogues (M)", path, m[1], w)
			}
		}
		for _, m := range usedID.FindAllStringSubmatch(string(src), -1) {
			n++
			for _, l := range Langs {
				if !Has(l, ID(m[1])) {
					t.Errorf("%s: message %s is not in the %s catalogue", path, m[1], l)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatal("no use of M found: the scan looks in the wrong place")
	}
}

func TestDetect(t *testing.T) {
	for _, c := range []struct {
		env  map[string]string
		want Lang
	}{
		{map[string]string{}, En},
		{map[string]string{"LANG": "zh_CN.UTF-8"}, Zh},
		{map[string]string{"LANG": "en_US.UTF-8"}, En},
		{map[string]string{"LC_MESSAGES": "zh_TW", "LANG": "en_US"}, Zh},
		{map[string]string{"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, En},
		{map[string]string{"LC_ALL": "zh_CN.UTF-8", "LC_MESSAGES": "en_US"}, Zh},
	} {
		if got := Detect(func(k string) string { return c.env[k] }); got != c.want {
			t.Errorf("Detect(%v) = %s, want %s", c.env, got, c.want)
		}
	}
}

func TestParseLang(t *testing.T) {
	for s, want := range map[string]Lang{"zh": Zh, "ZH": Zh, "zh_CN.UTF-8": Zh, "en": En, "en-US": En} {
		if got, err := ParseLang(s); err != nil || got != want {
			t.Errorf("ParseLang(%q) = %s, %v", s, got, err)
		}
	}
	if _, err := ParseLang("fr"); err == nil {
		t.Error(`ParseLang("fr") gives no error`)
	}
}

func TestGroup(t *testing.T) {
	for in, want := range map[string]string{
		"2961.68": "2,961.68", "-1234567": "-1,234,567", "123": "123", "1000": "1,000",
		"0.5": "0.5", "12.3%": "12.3%", "": "", "abc": "abc",
	} {
		if got := Group(in); got != want {
			t.Errorf("Group(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestRender(t *testing.T) {
	en["test.inner"], zh["test.inner"] = "%d rows", "%d行"
	en["test.outer"], zh["test.outer"] = "%s add up to %s", "%s合计为%s"
	defer func() {
		for _, id := range []ID{"test.inner", "test.outer"} {
			delete(en, id)
			delete(zh, id)
		}
	}()
	inner := M("test.inner", 3)
	m := M("test.outer", inner, Num("2961.68"))
	if got := m.In(En); got != "3 rows add up to 2961.68" {
		t.Errorf("en: %q", got)
	}
	if got := m.In(Zh); got != "3行合计为2,961.68" {
		t.Errorf("zh: %q", got)
	}
	if got := Text("as printed").In(Zh); got != "as printed" {
		t.Errorf("Text: %q", got)
	}
	if got := (Msg{}).In(Zh); got != "" {
		t.Errorf("zero Msg: %q", got)
	}
}

func TestFigureAndAmount(t *testing.T) {
	for in, want := range map[Figure]string{
		"2106.66万元": "2,106.66万元", "71.73%": "71.73%", "约1234元": "约1,234元",
		"2,106.66万元": "2,106.66万元", "7场": "7场", "": "",
	} {
		if got := in.In(Zh); got != want {
			t.Errorf("Figure(%q).In(Zh) = %q, want %q", in, got, want)
		}
		if got := in.In(En); got != string(in) {
			t.Errorf("Figure(%q).In(En) = %q", in, got)
		}
	}
	a := Amount{Value: "2961.68", Unit: "万元"}
	if got := a.In(Zh); got != "2,961.68万元" {
		t.Errorf("Amount.In(Zh) = %q", got)
	}
	if got := a.In(En); got != "2961.68" {
		t.Errorf("Amount.In(En) = %q", got)
	}
	j := Join(" + ", Num("1000"), Text("合计"), Figure("1234万元"))
	if got := j.In(Zh); got != "1,000 + 合计 + 1,234万元" {
		t.Errorf("Join.In(Zh) = %q", got)
	}
	if got := Arg(Num("12345")).In(Zh); got != "12,345" {
		t.Errorf("Arg.In(Zh) = %q", got)
	}
}

func TestErrorIn(t *testing.T) {
	en["test.err"], zh["test.err"] = "bad %q", "%q无效"
	defer func() { delete(en, "test.err"); delete(zh, "test.err") }()
	err := Errorf("test.err", "x")
	if err.Error() != `bad "x"` || ErrorIn(err, Zh) != `"x"无效` {
		t.Errorf("Error %q, in zh %q", err.Error(), ErrorIn(err, Zh))
	}
	if got := ErrorIn(errors.New("plain"), Zh); got != "plain" {
		t.Errorf("plain error in zh: %q", got)
	}
}

// A message id is defined once: a part of the catalogue that defines an
// id the main catalogue (or another part) holds would silently replace it.
func TestNoIDDefinedTwice(t *testing.T) {
	if len(duplicates) > 0 {
		t.Errorf("ids defined twice: %v", duplicates)
	}
}
