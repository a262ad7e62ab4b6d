export function Popup() {
  return (
    <main>
      <h1>Ambassador</h1>
      <p>Checking your drafts on X, Facebook and LinkedIn, on this device.</p>
    </main>
  );
}
