// How bench_host states a figure: the host's value next to its baseline
// measured in the same run, their ratio and the target, and whether the
// target was met — computed from the numbers, never written in.
#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace beian::bench {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start);
double median(std::vector<double> samples);

// The 1, 5 and 15 minute load averages (/proc/loadavg) and the core count:
// the machine these figures were taken on is shared.
std::string machine_load();

struct Figure {
    const char* what;
    double ours;
    const char* baseline_name;
    double baseline;
    const char* unit;     // "ms" or "KiB"
    double target_ratio;  // ours / baseline must not exceed this; 0: no ratio target
    double target_limit;  // ours must not exceed this; 0: no absolute target
    const char* target;   // the target as the issue states it
};

void print(const Figure& figure);

}  // namespace beian::bench
