export function OptionsPage() {
  return (
    <main>
      <h1>Ambassador settings</h1>
    </main>
  );
}
