// The progress bar of a running job (templates/jobs/_progress.html): asks the job's JSON every second, shows how
// far it is, and reloads the page once it has finished so the page shows what the job changed. Without this file
// the page still says the job's state in words.
(function () {
  const STATES = { queued: "Waiting", running: "Running", retrying: "Retrying", succeeded: "Done", failed: "Failed" };
  document.querySelectorAll("[data-job-running]").forEach((box) => {
    const bar = box.querySelector("[data-job-bar]");
    const state = box.querySelector("[data-job-state]");
    const count = box.querySelector("[data-job-count]");
    const poll = () => {
      fetch(box.getAttribute("data-job-url"), { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
        .then((job) => {
          if (job.percent !== null) bar.value = job.percent;
          state.textContent = STATES[job.state] || job.state;
          state.className = "badge job-state-" + job.state;
          if (job.total !== null) count.textContent = job.done + " of " + job.total;
          if (job.state === "succeeded" || job.state === "failed") window.location.reload();
          else window.setTimeout(poll, 1000);
        })
        .catch(() => window.setTimeout(poll, 5000));
    };
    window.setTimeout(poll, 1000);
  });
})();
