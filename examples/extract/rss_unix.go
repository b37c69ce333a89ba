//go:build linux

package main

import (
	"fmt"
	"syscall"
)

func peakRSS() string {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return "unknown"
	}
	return fmt.Sprintf("%.1f MB", float64(ru.Maxrss)/1024) // Linux reports KiB
}
