package main

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunOrderedKeepsInputOrder(t *testing.T) {
	var got []int
	runOrdered(50, 4, func(i int) int {
		time.Sleep(time.Duration((50-i)%7) * time.Millisecond) // finish out of order
		return i * i
	}, func(i, r int) {
		assert.Equal(t, i*i, r)
		got = append(got, i)
	})
	require.Len(t, got, 50)
	for i, v := range got {
		assert.Equal(t, i, v)
	}
}

func TestShard(t *testing.T) {
	files := []string{"a", "b", "c", "d", "e"}
	var all []string
	for k := 0; k < 3; k++ {
		s, err := parseShard(strings.Join([]string{string(rune('0' + k)), "3"}, "/"))
		require.NoError(t, err)
		all = append(all, s.pick(files)...)
	}
	assert.ElementsMatch(t, files, all, "the shards cover the input exactly once")
	for _, bad := range []string{"3/3", "-1/2", "1", "a/b", "0/0"} {
		_, err := parseShard(bad)
		assert.Error(t, err, bad)
	}
}

func TestExpandInputs(t *testing.T) {
	files, err := expandInputs([]string{"../../corpus/real", "-", "missing.pdf"}, strings.NewReader("x.pdf\n\n y.txt \n"))
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(files), 5+3)
	assert.Equal(t, "../../corpus/real/jiangsu-court-2019-budget.pdf", files[0], "directories sorted")
	assert.Equal(t, []string{"x.pdf", "y.txt", "missing.pdf"}, files[len(files)-3:])
}
