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

func main() {
	cfg := loadConfig()
	mux := http.NewServeMux()
	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, map[string]string{"service": "api_token"})
	})
	log.Fatal(http.ListenAndServe(cfg.Addr, mux))
}
