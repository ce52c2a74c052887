print("monitor: being assembled")
