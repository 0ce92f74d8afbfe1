/* The baseline of the host benchmarks: the least a native-messaging host can
 * do. Reads length-prefixed frames from stdin and answers each with a fixed
 * small reply of the same framing, until EOF. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int read_exact(void* buffer, size_t size) {
    size_t got = 0;
    while (got < size) {
        ssize_t n = read(0, (char*)buffer + got, size - got);
        if (n <= 0) return 0;
        got += (size_t)n;
    }
    return 1;
}

static int write_all(const void* data, size_t size) {
    size_t done = 0;
    while (done < size) {
        ssize_t n = write(1, (const char*)data + done, size - done);
        if (n <= 0) return 0;
        done += (size_t)n;
    }
    return 1;
}

int main(void) {
    static const char reply[] = "{\"v\":1,\"id\":\"echo\",\"ok\":true,\"result\":{}}";
    char* body = NULL;
    for (;;) {
        uint32_t length;
        if (!read_exact(&length, sizeof length)) break;
        if (length > (1u << 20)) return 66;
        body = realloc(body, length ? length : 1);
        if (!body || !read_exact(body, length)) return 65;
        uint32_t out = (uint32_t)(sizeof reply - 1);
        char frame[sizeof out + sizeof reply];
        memcpy(frame, &out, sizeof out);
        memcpy(frame + sizeof out, reply, sizeof reply - 1);
        if (!write_all(frame, sizeof out + out)) return 67;
    }
    free(body);
    return 0;
}
