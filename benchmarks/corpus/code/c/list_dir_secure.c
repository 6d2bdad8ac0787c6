/* List dir */
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
    pid_t pid = fork();
    if (pid == 0) {
        execlp("ls", "ls", "-l", input, (char *)NULL);
        _exit(127);
    }
    return pid > 0 ? 0 : 1;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        die("usage: tool NAME");
    }
    return run(argv[1]) == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
