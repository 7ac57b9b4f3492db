package batch

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRunOrderedKeepsInputOrder(t *testing.T) {
	var got []int
	RunOrdered(50, 4, func(i int) int {
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
