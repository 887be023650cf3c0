package cli

import "sync"

// inOrder runs work(i) for each i in [0, n) on workers goroutines and hands each result to
// emit, on the caller's goroutine, in the order of i, as soon as it and those before it are
// done; a single piece of work runs on the caller's goroutine too, as starting workers (and
// their threads) for one small file was a share of its start-up. At most about 2 x workers
// results wait for emit at a time, so memory stays bounded however large n is. When emit
// fails no more work starts and its error is returned. A panic in work (a bug) is raised
// again on the caller's goroutine, where Run reports it.
func inOrder[T any](n, workers int, work func(i int) T, emit func(i int, result T) error) error {
	if n == 1 { // a single file: on the caller's goroutine, with no worker to start
		return emit(0, work(0))
	}
	workers = max(workers, 1)
	jobs := make(chan job[T])
	started := make(chan job[T], 2*workers) // in the order of i
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for j := range jobs {
				j.done <- attempt(work, j.i)
			}
		})
	}
	go func() {
		defer close(started)
		defer close(jobs)
		for i := range n {
			j := job[T]{i, make(chan outcome[T], 1)}
			select {
			case <-stop:
				return
			default:
			}
			select {
			case jobs <- j:
			case <-stop:
				return
			}
			started <- j
		}
	}()
	var err error
	var panicked any
	for j := range started {
		o := <-j.done
		switch {
		case err != nil || panicked != nil: // stopped: let what was started finish
		case o.panicked != nil:
			panicked = o.panicked
			close(stop)
		default:
			if err = emit(j.i, o.result); err != nil {
				close(stop)
			}
		}
	}
	wg.Wait()
	if panicked != nil {
		panic(panicked)
	}
	return err
}

// job is one call of inOrder's work, i, and where its outcome goes.
type job[T any] struct {
	i    int
	done chan outcome[T]
}

// outcome is what work returned, or what it panicked with.
type outcome[T any] struct {
	result   T
	panicked any
}

// attempt calls work(i), catching a panic.
func attempt[T any](work func(int) T, i int) (o outcome[T]) {
	defer func() {
		if p := recover(); p != nil {
			o.panicked = p
		}
	}()
	return outcome[T]{result: work(i)}
}
