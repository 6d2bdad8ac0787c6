/* Copy name */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_NAME 64
#define MAX_LINE 256

struct user {
    int id;
    char name[MAX_NAME];
};

static void die(const char *msg) {
    fprintf(stderr, "error: %s\n", msg);
    exit(1);
}

static int run(const char *input) {
    struct user u;
    u.id = 1;
    strcpy(u.name, input);
    printf("hello %s\n", u.name);
    return 0;
}

static int summarize(const int *values, size_t n, int *min, int *max) {
    if (n == 0) {
        return -1;
    }
    *min = values[0];
    *max = values[0];
    for (size_t i = 1; i < n; i++) {
        if (values[i] < *min) *min = values[i];
        if (values[i] > *max) *max = values[i];
    }
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        die("usage: tool NAME");
    }
    return run(argv[1]) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
