enum Q {}
