package segment

import (
	"strings"
)

// Amount and count claims: a figure stating the value of a subject
// ("一般公共服务（类）支出2363.29万元", "车辆8辆").

// value makes the amount or count claim of a figure that states a value
// (or keeps it as the threshold of the count after it), then lets it open
// a list or join one.
func (e *engine) value(el *elem) {
	m := e.res.Mentions[el.ref]
	if e.isThreshold(el, m) {
		el.role = RoleThreshold
		e.threshold = el
		return
	}
	el.role = RoleValue
	kind := ClaimAmount
	if el.kind == KindCount || el.kind == KindQuantity {
		kind = ClaimCount
	}
	subj := e.subjectFor(el)
	if el.own && (subj.Kind == SubjectProject || subj.Kind == SubjectClass) && e.sentSubj == nil {
		s := subj
		e.sentSubj = &s
		if numberedStart(el.toks, e) {
			h := subj
			e.heading = &h
		}
	}
	if subj.Text != "" || el.aspect != "" {
		// A figure of nothing named is not a claim; it stays in the gaps
		// unless a total, list or balance uses it.
		id := e.addClaim(kind, el.sent, subj, el.aspect)
		e.addArg(id, e.arg(el, RoleValue))
		if kind == ClaimCount && e.threshold != nil && e.threshold.sent == el.sent {
			e.addArg(id, e.arg(e.threshold, RoleThreshold))
			e.threshold.claim = id
			e.threshold = nil
		}
		el.claim = id
		e.lastClaim = id
	}
	if ps := e.pendingShare; ps != nil && ps.sent == el.sent && el.kind == KindMoney {
		// "10%为海关特殊监管区软件系统的维护维修费70.28万元".
		e.pendingShare = nil
		e.shareWithPart(ps, el)
	}
	if strings.HasPrefix(el.cue, "to-") {
		// "由80家增加到121家": the figure after 增加到 is the current one.
		e.newChange(el, RoleCurrent)
		el.role = RoleValue
	} else {
		e.changeAt = -1
	}
	if el.opens {
		e.openList(el)
	}
	e.assignItem(el)
}

// isThreshold reports whether a bounded amount qualifies a noun rather
// than stating a figure: "5亿元以上项目18个", "投资5-10亿元项目".
func (e *engine) isThreshold(el *elem, m Mention) bool {
	if m.Bound != BoundAtLeast && m.Bound != BoundAtMost && m.Bound != BoundRange {
		return false
	}
	if m.Kind != KindMoney && !strings.Contains(m.Qualifier, "以上") && !strings.Contains(m.Qualifier, "以下") {
		return false
	}
	if el.pos+1 >= len(el.toks) {
		return false
	}
	next := el.toks[el.pos+1]
	return next.Tag != TagPunct && next.Tag != TagNumber && next.Tag != TagCue
}
