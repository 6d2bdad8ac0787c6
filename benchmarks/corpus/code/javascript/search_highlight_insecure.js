/**
 * Search highlight
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

function showResults(query, results) {
  const box = document.querySelector('#results');
  box.innerHTML = '<p>Results for ' + query + '</p>';
  results.forEach((r) => box.insertAdjacentHTML('beforeend', `<div>${r.title}</div>`));
}

export { state, setLoading, getJson };
