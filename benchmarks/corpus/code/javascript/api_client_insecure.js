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

export { state, setLoading, getJson };
