// Package batch runs work over many inputs in parallel and delivers the
// results in input order, so that output is the same for any number of
// workers.
package batch

import (
	"runtime"
	"sync"
)

// RunOrdered runs work on every index in [0, n) with up to jobs workers
// and hands the results to emit in index order, as soon as each one's
// turn comes. At most 2×jobs results wait in memory, so a run over ten
// thousand files streams instead of piling up.
func RunOrdered[T any](n, jobs int, work func(i int) T, emit func(i int, r T)) {
	if jobs < 1 {
		jobs = runtime.NumCPU()
	}
	jobs = min(jobs, max(n, 1))
	type done struct {
		i int
		r T
	}
	slots := make(chan struct{}, 2*jobs) // bounds results in flight
	next := make(chan int)
	results := make(chan done)
	var wg sync.WaitGroup
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results <- done{i, work(i)}
			}
		}()
	}
	go func() {
		for i := 0; i < n; i++ {
			slots <- struct{}{}
			next <- i
		}
		close(next)
		wg.Wait()
		close(results)
	}()
	pending := map[int]T{}
	want := 0
	for d := range results {
		pending[d.i] = d.r
		for {
			r, ok := pending[want]
			if !ok {
				break
			}
			delete(pending, want)
			emit(want, r)
			want++
			<-slots
		}
	}
}
