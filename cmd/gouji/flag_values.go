package main

import (
	"github.com/gouji/gouji/i18n"
	"strconv"
	"time"
)

// positiveInt is the value of a flag that counts something and must be
// more than 0 (--jobs).
type positiveInt int

func (v *positiveInt) String() string { return strconv.Itoa(int(*v)) }

func (v *positiveInt) Set(s string) error {
	n, err := strconv.Atoi(s)
	switch {
	case err != nil:
		return i18n.Errorf("cli.number")
	case n <= 0:
		return i18n.Errorf("cli.positive")
	}
	*v = positiveInt(n)
	return nil
}

// positiveDuration is the value of a time limit (--timeout): a duration
// with its unit, more than 0. A bare number is refused with a hint to add
// the unit, since 10 could mean seconds or minutes.
type positiveDuration time.Duration

func (v *positiveDuration) String() string { return time.Duration(*v).String() }

func (v *positiveDuration) Set(s string) error {
	d, err := time.ParseDuration(s)
	if err != nil {
		if _, nerr := strconv.ParseFloat(s, 64); nerr == nil {
			return i18n.Errorf("cli.duration.unit", s)
		}
		return i18n.Errorf("cli.duration.bad")
	}
	if d <= 0 {
		return i18n.Errorf("cli.positive")
	}
	*v = positiveDuration(d)
	return nil
}
