package org.wenxian.index;

/** Progress of a reindex, for a progress bar, plain log lines or an HTTP job. */
public interface ReindexListener {
  void started(int files);

  void fileDone(FileResult result);

  ReindexListener NONE =
      new ReindexListener() {
        @Override
        public void started(int files) {}

        @Override
        public void fileDone(FileResult result) {}
      };
}
