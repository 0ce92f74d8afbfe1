#include "figures.hpp"

#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <string_view>

namespace beian::bench {

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double median(std::vector<double> samples) {
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

std::string machine_load() {
    std::ifstream file("/proc/loadavg");
    double one = 0, five = 0, fifteen = 0;
    file >> one >> five >> fifteen;
    char line[96];
    std::snprintf(line, sizeof line, "load average %.2f %.2f %.2f on %ld cores", one, five, fifteen,
                  ::sysconf(_SC_NPROCESSORS_ONLN));
    return line;
}

void print(const Figure& f) {
    const double ratio = f.ours / f.baseline;
    const bool has_baseline = std::isfinite(f.baseline) && f.baseline > 0;
    bool met = true;
    if (f.target_ratio > 0) met = has_baseline && ratio <= f.target_ratio;
    if (f.target_limit > 0) met = met && f.ours <= f.target_limit;
    const int decimals = std::string_view(f.unit) == "ms" ? 3 : 0;
    std::printf("%-36s %10.*f %-3s  %-10s ", f.what, decimals, f.ours, f.unit, f.baseline_name);
    if (has_baseline)
        std::printf("%10.*f %-3s  ratio %6.2f", decimals, f.baseline, f.unit, ratio);
    else
        std::printf("%14s  ratio %6s", "n/a", "-");
    if (f.target_ratio <= 0 && f.target_limit <= 0)
        std::printf("   (no target)\n");
    else
        std::printf("   target %-16s %s\n", f.target, met ? "met" : "MISSED");
}

}  // namespace beian::bench
