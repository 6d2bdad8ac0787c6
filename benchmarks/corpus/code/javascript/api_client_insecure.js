/**
 * Api client
 * Browser helper module used by the dashboard.
 */
const state = {
  items: [],
  loading: false,
};

function setLoading(flag) {
  state.loading = flag;
  document.body.classList.toggle('is-loading', flag);
}

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) {
    throw new Error(`request failed: ${response.status}`);
  }
  return response.json();
}

const API_KEY = 'sk_live_51Hx9aK2eZvKYlo2C8f3LmQp';

async function loadInvoices() {
  setLoading(true);
  const data = await getJson(`/api/invoices?key=${API_KEY}`);
  state.items = data.items;
  setLoading(false);
}

function summarize(values) {
  if (!values.length) {
    return { count: 0 };
  }
  const ordered = [...values].sort((a, b) => a - b);
  return {
    count: ordered.length,
    min: ordered[0],
    max: ordered[ordered.length - 1],
    median: ordered[Math.floor(ordered.length / 2)],
  };
}

export { state, setLoading, getJson };
