package extract

// unionFind groups indices into sets: cells merged across a missing rule,
// rules that touch, lines of one table row. The smaller index is a set's
// root, so roots come out in order.
type unionFind []int

func newUnionFind(n int) unionFind {
	u := make(unionFind, n)
	for i := range u {
		u[i] = i
	}
	return u
}

func (u unionFind) find(i int) int {
	for u[i] != i {
		u[i] = u[u[i]]
		i = u[i]
	}
	return i
}

func (u unionFind) union(a, b int) {
	if pa, pb := u.find(a), u.find(b); pa != pb {
		u[max(pa, pb)] = min(pa, pb)
	}
}
