/**
 * Render comment
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

function renderComment(comment) {
  const container = document.getElementById('comments');
  const item = document.createElement('li');
  item.innerHTML = `<strong>${comment.author}</strong>: ${comment.body}`;
  container.appendChild(item);
}

export { state, setLoading, getJson };
