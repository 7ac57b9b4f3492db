package corpus_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/gouji/gouji/corpus"
	"github.com/gouji/gouji/corpus/mutate"
	"github.com/gouji/gouji/corpus/mutations"
	"github.com/gouji/gouji/reconcile"
	"github.com/stretchr/testify/require"
)

// The seed as an editor's draft (corpus/drafts): seed.docx is the whole
// report in Word; seed-narrative.docx and seed-tables.xlsx are the same
// report split into its narrative and a workbook of its tables. Read as
// drafts they must say what the seed's text says.

// figures lists the findings gouji reports (warnings and errors) as rule,
// claimed and expected figures, sorted.
func figures(fs []reconcile.Finding) []string {
	var out []string
	for _, f := range fs {
		if f.Severity == reconcile.Info {
			continue
		}
		out = append(out, fmt.Sprintf("%s claimed %s expected %s", f.Rule, f.Claimed, f.Expected))
	}
	sort.Strings(out)
	return out
}

func TestDraftSeedFindings(t *testing.T) {
	analyzers := reconcile.Analyzers()
	want, err := corpus.Check("seed/seed.txt", analyzers)
	require.NoError(t, err)
	require.NotEmpty(t, want)
	got, err := corpus.Check("drafts/seed.docx", analyzers)
	require.NoError(t, err)
	require.Equal(t, figures(want), figures(got), "seed.docx against seed.txt")
	for _, f := range got {
		require.Zero(t, f.Page, "a draft has no pages: %s", f.Message)
		require.Positive(t, f.Paragraph, "a finding in a .docx names its paragraph: %s", f.Message)
	}

	// The narrative and the tables in two files, checked as one report,
	// give the findings of the whole seed.
	split, err := corpus.Check("drafts/seed-narrative.docx", analyzers, "drafts/seed-tables.xlsx")
	require.NoError(t, err)
	require.Equal(t, figures(want), figures(split), "seed-narrative.docx + seed-tables.xlsx against seed.txt")
}

// TestDraftMutationSuite runs the seed text's mutations on seed.docx: each
// edit is made in the w:t text of the document (mutate.EditDOCX) at the
// same occurrence of its context as in the text, and must give the same
// finding. The recall must equal the text's.
func TestDraftMutationSuite(t *testing.T) {
	ms, err := mutations.Load()
	require.NoError(t, err)
	seed, err := os.ReadFile("seed/seed.txt")
	require.NoError(t, err)
	base, err := os.ReadFile("drafts/seed.docx")
	require.NoError(t, err)
	baseExp, err := corpus.Load(corpus.ExpectedPath("drafts/seed.docx"))
	require.NoError(t, err)

	dir := t.TempDir()
	var txt, docs []mutations.Mutation
	var paths []string
	for _, m := range ms {
		if m.Base != "seed/seed.txt" {
			continue
		}
		txt = append(txt, m)
		out, err := mutate.EditDOCX(base, m.Edit(), occurrenceInText(t, string(seed), m))
		require.NoError(t, err, m.ID)
		d := draftMutation(m)
		p := filepath.Join(dir, d.ID+".docx")
		require.NoError(t, os.WriteFile(p, out, 0o644))
		require.NoError(t, corpus.Save(corpus.ExpectedPath(p), mutations.Expected(d, baseExp)))
		docs = append(docs, d)
		paths = append(paths, p)
	}
	require.NotEmpty(t, docs)

	analyzers := reconcile.Analyzers()
	implemented := map[string]bool{}
	for _, a := range analyzers {
		implemented[a.Name] = true
	}
	res, err := corpus.Run(dir, analyzers, 0, false)
	require.NoError(t, err)
	require.Equal(t, len(docs), res.Reports, "every mutant is a report of the run")
	score := mutations.Evaluate(docs, paths, res, implemented, nil)
	t.Log("\n" + score.Report())
	found := 0
	for i, o := range score.Outcomes {
		switch {
		case o.Status == mutations.Found:
			found++
		case o.Status == mutations.Failed:
			t.Errorf("%s: %s", o.Mutation.ID, o.Why)
		case txt[i].Known == "":
			t.Errorf("%s: the .docx form misses %s, which the text finds", o.Mutation.ID, o.Mutation.Expect)
		}
	}
	t.Logf("docx mutants: %d of %d found", found, len(docs))
}

// draftMutation is a text mutation as made on the .docx: findings in a
// draft have no page.
func draftMutation(m mutations.Mutation) mutations.Mutation {
	d := m
	d.ID = "docx-" + strings.TrimPrefix(m.ID, "txt-")
	d.Base = "drafts/seed.docx"
	d.Expect.Page = 0
	d.Also = nil
	for _, a := range m.Also {
		a.Page = 0
		d.Also = append(d.Also, a)
	}
	return d
}

// occurrenceInText returns which occurrence, counted over the whole seed
// text with white space ignored, the text mutation edits.
func occurrenceInText(t *testing.T, text string, m mutations.Mutation) int {
	ctx := m.Context
	if ctx == "" {
		ctx = m.Old
	}
	ctx = mutate.WithoutSpace(ctx)
	lines := strings.Split(text, "\n")
	before := ""
	if m.Line > 0 {
		require.LessOrEqual(t, m.Line, len(lines), m.ID)
		before = mutate.WithoutSpace(strings.Join(lines[:m.Line-1], "\n"))
	}
	n := max(m.Occurrence, 1)
	return strings.Count(before, ctx) + n
}
