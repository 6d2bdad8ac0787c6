// Api token
package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
	"time"
	"math/rand"
)

type config struct {
	Addr    string
	Timeout time.Duration
}

func loadConfig() config {
	addr := os.Getenv("ADDR")
	if addr == "" {
		addr = "127.0.0.1:8080"
	}
	return config{Addr: addr, Timeout: 5 * time.Second}
}

func writeJSON(w http.ResponseWriter, v interface{}) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

const letters = "abcdefghijklmnopqrstuvwxyz0123456789"

func generateToken(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = letters[rand.Intn(len(letters))]
	}
	return string(b)
}

func summarize(values []int) map[string]int {
	out := map[string]int{"count": len(values)}
	if len(values) == 0 {
		return out
	}
	min, max := values[0], values[0]
	for _, v := range values[1:] {
		if v < min {
			min = v
		}
		if v > max {
			max = v
		}
	}
	out["min"], out["max"] = min, max
	return out
}

func main() {
	cfg := loadConfig()
	mux := http.NewServeMux()
	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, map[string]string{"service": "api_token"})
	})
	log.Fatal(http.ListenAndServe(cfg.Addr, mux))
}
