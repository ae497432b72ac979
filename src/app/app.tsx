export function App() {
  return <h1>Pakistan–Afghanistan relations</h1>;
}
